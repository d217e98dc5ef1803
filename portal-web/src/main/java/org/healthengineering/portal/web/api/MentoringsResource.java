package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.mentoring.Mentorings;
import org.healthengineering.portal.application.mentoring.Verifications;
import org.healthengineering.portal.domain.mentoring.Mentoring;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;

/** My mentoring relationships: request, answer, close; goals, meetings, actions; asking for verification. */
@Path("mentorings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentoringsResource {

    @Inject
    Mentorings mentorings;

    @Inject
    Verifications verifications;

    @GET
    @Operation(summary = "My relationships, as engineer and as mentor")
    public List<MentoringJson.Relationship> mine() {
        return mentorings.mine().stream().map(s -> MentoringJson.Relationship.of(s.mentoring(), s.menteeName(),
                s.mentorName())).toList();
    }

    @POST
    @Operation(summary = "Ask a mentor: {mentorId, roleCode, message}")
    public Response request(MentoringJson.Request body) {
        if (body == null || body.mentorId() == null) {
            throw InvalidInputException.of("mentorId", "Choose a mentor.");
        }
        Mentoring m = mentorings.request(body.mentorId(), body.roleCode(), body.message());
        return Response.status(Response.Status.CREATED).entity(detail(m.getId())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One relationship with goals, meetings (my private notes only) and actions")
    public MentoringJson.Detail detail(@PathParam("id") long id) {
        return MentoringJson.Detail.of(mentorings.detail(id));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept a request (the mentor)")
    public MentoringJson.Detail accept(@PathParam("id") long id) {
        mentorings.accept(id);
        return detail(id);
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline a request (the mentor)")
    public MentoringJson.Detail decline(@PathParam("id") long id) {
        mentorings.decline(id);
        return detail(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an active relationship (either), or withdraw a request (the engineer)")
    public MentoringJson.Detail close(@PathParam("id") long id) {
        mentorings.close(id);
        return detail(id);
    }

    @POST
    @Path("{id}/goals")
    @Operation(summary = "Agree a goal: {title, dueDate}")
    public Response goal(@PathParam("id") long id, MentoringJson.Goal body) {
        MentoringJson.Goal goal = required(body, "title");
        return Response.status(Response.Status.CREATED).entity(MentoringJson.Goal.of(mentorings.addGoal(id,
                goal.title(), ApiInput.date("dueDate", goal.dueDate())))).build();
    }

    @PUT
    @Path("{id}/goals/{goal}")
    @Operation(summary = "Tick a goal done or not: {done}")
    public MentoringJson.Goal goalDone(@PathParam("id") long id, @PathParam("goal") long goal, MentoringJson.Goal body) {
        return MentoringJson.Goal.of(mentorings.goalDone(id, goal, required(body, "done").done() != null
                && body.done()));
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Log a meeting: {heldOn, sharedNotes, privateNote} (the private note only I will see)")
    public Response meeting(@PathParam("id") long id, MentoringJson.Meeting body) {
        MentoringJson.Meeting meeting = required(body, "sharedNotes");
        mentorings.addMeeting(id, ApiInput.date("heldOn", meeting.heldOn()), meeting.sharedNotes(),
                meeting.privateNote());
        return Response.status(Response.Status.CREATED).entity(detail(id)).build();
    }

    @PUT
    @Path("{id}/meetings/{meeting}/private-note")
    @Operation(summary = "Write my private note on a meeting: {note}")
    public MentoringJson.Detail privateNote(@PathParam("id") long id, @PathParam("meeting") long meeting,
                                            MentoringJson.Note body) {
        mentorings.writePrivateNote(id, meeting, body == null ? null : body.note());
        return detail(id);
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Add an action: {description, ownerId (default me), dueDate}")
    public Response action(@PathParam("id") long id, MentoringJson.Action body) {
        MentoringJson.Action action = required(body, "description");
        return Response.status(Response.Status.CREATED).entity(MentoringJson.Action.of(mentorings.addAction(id,
                action.description(), action.ownerId(), ApiInput.date("dueDate", action.dueDate())))).build();
    }

    @PUT
    @Path("{id}/actions/{action}")
    @Operation(summary = "Tick an action done or not: {done}")
    public MentoringJson.Action actionDone(@PathParam("id") long id, @PathParam("action") long action,
                                           MentoringJson.Action body) {
        return MentoringJson.Action.of(mentorings.actionDone(id, action, required(body, "done").done() != null
                && body.done()));
    }

    @POST
    @Path("{id}/verification-requests")
    @Operation(summary = "Ask my mentor to verify a competency: {competencyId}")
    public Response requestVerification(@PathParam("id") long id, MentoringJson.CompetencyRef body) {
        if (body == null || body.competencyId() == null) {
            throw InvalidInputException.of("competencyId", "Name the competency.");
        }
        verifications.request(id, body.competencyId());
        return Response.accepted().build();
    }

    private static <T> T required(T body, String field) {
        if (body == null) {
            throw InvalidInputException.of(field, "Send the details as JSON.");
        }
        return body;
    }
}
