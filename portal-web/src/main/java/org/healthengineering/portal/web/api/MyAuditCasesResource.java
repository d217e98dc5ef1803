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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpdaudit.MyAuditCases;
import org.healthengineering.portal.domain.cpdaudit.CaseResponse;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;

/** My CPD audit cases (issue 11): respond, draft and submit my profile, appeal. Another's case answers 404. */
@Path("me/audit-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyAuditCasesResource {

    @Inject
    MyAuditCases cases;

    @GET
    @Operation(summary = "The CPD audits I am selected for")
    public List<AuditJson.CaseJson> mine() {
        return cases.mine().stream().map(AuditJson.CaseJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my CPD audit cases, with my draft profile and the activities of the period")
    public AuditJson.CaseJson mine(@PathParam("id") long id) {
        return AuditJson.CaseJson.of(cases.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Respond and save my profile: {response, reason, summary, statement, activities}",
            description = "response: PROFILE_TO_FOLLOW (with the profile so far: summary of practice, statement,"
                    + " the ids of 4 to 6 activities of the period), DEFERRAL_REQUESTED (reason required) or"
                    + " NOT_PRACTISING. All or nothing.")
    public AuditJson.CaseJson answer(@PathParam("id") long id, AuditJson.AnswerJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"response\": ...} as JSON.");
        }
        CaseResponse response = ApiInput.enumOf(CaseResponse.class, body.response(), "response");
        return AuditJson.CaseJson.of(cases.answer(id, new MyAuditCases.Answer(response, body.reason(), body.summary(),
                body.statement(), body.activities())));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit my profile: checked against the word limits and 4 to 6 activities, then frozen")
    public AuditJson.CaseJson submit(@PathParam("id") long id) {
        return AuditJson.CaseJson.of(cases.submit(id));
    }

    @POST
    @Path("{id}/appeal")
    @Operation(summary = "Appeal against not met or non-engaged within 28 days: {grounds}")
    public AuditJson.CaseJson appeal(@PathParam("id") long id, AuditJson.GroundsJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"grounds\": ...} as JSON.");
        }
        return AuditJson.CaseJson.of(cases.appeal(id, body.grounds()));
    }
}
