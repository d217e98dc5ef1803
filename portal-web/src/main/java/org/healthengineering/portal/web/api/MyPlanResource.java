package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpd.CpdPlan;
import org.healthengineering.portal.domain.cpd.CpdObjective;
import org.healthengineering.portal.domain.cpd.ObjectiveStanding;
import org.healthengineering.portal.domain.cpd.Outcome;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** My CPD plan: objectives, the activities serving them, and their evaluation. */
@Path("me/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyPlanResource {

    /**
     * An objective as sent (title, description, targetDate, competencyId, roleCode) and as answered. An answer also
     * says where the engineer stands today in the objective's competency ({@code standing}, in words, and
     * {@code standingStatus}: MET, PARTLY_MET, NOT_MET, or null when no role of the objective requires it); both
     * are judged when asked and ignored when sent.
     */
    public record ObjectiveJson(Long id, String title, String description, String targetDate, Long competencyId,
                                String roleCode, List<Long> activityIds, String outcome, String evaluation,
                                String evaluatedOn, String standing, String standingStatus) {
        static ObjectiveJson of(CpdObjective o, ObjectiveStanding standing) {
            return new ObjectiveJson(o.getId(), o.getTitle(), o.getDescription(), o.getTargetDate().toString(),
                    o.getCompetencyId(), o.getRoleCode(), o.getActivityIds().stream().sorted().toList(),
                    o.getOutcome() == null ? null : o.getOutcome().name(), o.getEvaluation(),
                    o.getEvaluatedOn() == null ? null : o.getEvaluatedOn().toString(),
                    standing == null ? null : standing.words(),
                    standing == null || standing.status() == null ? null : standing.status().name());
        }

        CpdObjective.Plan plan() {
            return new CpdObjective.Plan(title, description, ApiInput.date("targetDate", targetDate), competencyId,
                    roleCode);
        }
    }

    /** The body of an evaluation. */
    public record EvaluationJson(String outcome, String evaluation) {
    }

    /** The body of {@code PUT .../activities}. */
    public record ActivitiesJson(List<Long> activityIds) {
    }

    @Inject
    CpdPlan plan;

    @GET
    @Path("objectives")
    @Operation(summary = "My objectives, by target date")
    public List<ObjectiveJson> objectives() {
        return answer(plan.objectives());
    }

    @POST
    @Path("objectives")
    @Operation(summary = "Plan an objective")
    public Response add(ObjectiveJson body) {
        CpdObjective objective = plan.plan(required(body).plan());
        return Response.status(Response.Status.CREATED).entity(answer(objective)).build();
    }

    @POST
    @Path("from-gaps/{role}")
    @Operation(summary = "Plan an objective for each competency gap I have for a role; answers the new ones")
    public List<ObjectiveJson> fromGaps(@PathParam("role") String role) {
        return answer(plan.planFromGaps(role));
    }

    @PUT
    @Path("objectives/{id}")
    @Operation(summary = "Revise an objective")
    public ObjectiveJson revise(@PathParam("id") long id, ObjectiveJson body) {
        return answer(plan.revise(id, required(body).plan()));
    }

    @DELETE
    @Path("objectives/{id}")
    @Operation(summary = "Remove an objective")
    public Response remove(@PathParam("id") long id) {
        plan.remove(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("objectives/{id}/activities")
    @Operation(summary = "Link my activities to an objective (replaces the links)")
    public ObjectiveJson link(@PathParam("id") long id, ActivitiesJson body) {
        return answer(plan.serveWith(id, body == null || body.activityIds() == null ? null
                : new HashSet<>(body.activityIds())));
    }

    @PUT
    @Path("objectives/{id}/evaluation")
    @Operation(summary = "Evaluate an objective: {outcome: ACHIEVED|PARTLY_ACHIEVED|NOT_ACHIEVED, evaluation}")
    public ObjectiveJson evaluate(@PathParam("id") long id, EvaluationJson body) {
        if (body == null) {
            throw InvalidInputException.of("outcome", "Send {\"outcome\", \"evaluation\"}.");
        }
        return answer(plan.evaluate(id, ApiInput.enumOf(Outcome.class, body.outcome(), "outcome"),
                body.evaluation()));
    }

    private List<ObjectiveJson> answer(List<CpdObjective> objectives) {
        Map<Long, ObjectiveStanding> standings = plan.standings(objectives);
        return objectives.stream().map(o -> ObjectiveJson.of(o, standings.get(o.getId()))).toList();
    }

    private ObjectiveJson answer(CpdObjective objective) {
        return answer(List.of(objective)).get(0);
    }

    private static ObjectiveJson required(ObjectiveJson body) {
        if (body == null) {
            throw InvalidInputException.of("title", "Send the objective as JSON.");
        }
        return body;
    }
}
