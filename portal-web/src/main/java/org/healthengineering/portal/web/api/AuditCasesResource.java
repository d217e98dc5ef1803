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
import org.healthengineering.portal.application.cpdaudit.AuditCaseDecisions;
import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.cpdaudit.CaseOutcome;
import org.healthengineering.portal.domain.shared.InvalidInputException;

/**
 * A CPD audit case as the body administrator handles it (issue 11): deferral decisions, assessors and moderator,
 * outcome, appeal decision.
 */
@Path("audit-cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditCasesResource {

    @Inject
    AuditCaseDecisions decisions;

    @GET
    @Operation(summary = "A CPD audit case with everything in it (body administrators)")
    public AuditJson.CaseJson auditCase(@PathParam("id") long id) {
        return AuditJson.CaseJson.of(decisions.get(id));
    }

    @POST
    @Path("deferral-decision")
    @Operation(summary = "Grant or refuse a requested deferral: {granted, note} (a refusal says why)")
    public AuditJson.CaseJson deferral(@PathParam("id") long id, AuditJson.DeferralDecisionJson body) {
        AuditJson.DeferralDecisionJson json = required(body);
        return AuditJson.CaseJson.of(decisions.decideDeferral(id, json.granted(), json.note()));
    }

    @PUT
    @Path("assessors")
    @Operation(summary = "Name the two assessors by email: {first, second}",
            description = "Each holds the role Assessor, neither is the registrant, and at least one holds the"
                    + " registrant's registration title with the body whenever an assessor with it exists.")
    public AuditJson.CaseJson assessors(@PathParam("id") long id, AuditJson.AssessorsJson body) {
        AuditJson.AssessorsJson json = required(body);
        return AuditJson.CaseJson.of(decisions.assignAssessors(id, json.first(), json.second()));
    }

    @PUT
    @Path("moderator")
    @Operation(summary = "Name a moderator by email when the two assessors disagree: {moderator}")
    public AuditJson.CaseJson moderator(@PathParam("id") long id, AuditJson.ModeratorJson body) {
        return AuditJson.CaseJson.of(decisions.assignModerator(id, required(body).moderator()));
    }

    @POST
    @Path("outcome")
    @Operation(summary = "Record the outcome: {outcome, note, newDeadline}",
            description = "MEETS; MORE_INFORMATION (note: exactly what is missing; newDeadline); EXTENSION_GRANTED"
                    + " (newDeadline); DOES_NOT_MEET (note).")
    public AuditJson.CaseJson outcome(@PathParam("id") long id, AuditJson.OutcomeJson body) {
        AuditJson.OutcomeJson json = required(body);
        CaseOutcome outcome = ApiInput.enumOf(CaseOutcome.class, json.outcome(), "outcome");
        return AuditJson.CaseJson.of(decisions.recordOutcome(id, outcome, json.note(),
                ApiInput.date("newDeadline", json.newDeadline())));
    }

    @POST
    @Path("appeal-decision")
    @Operation(summary = "Decide an appeal: {decision: UPHELD or DISMISSED, reason, newDeadline}")
    public AuditJson.CaseJson appealDecision(@PathParam("id") long id, AuditJson.AppealDecisionJson body) {
        AuditJson.AppealDecisionJson json = required(body);
        AppealDecision decision = ApiInput.enumOf(AppealDecision.class, json.decision(), "decision");
        return AuditJson.CaseJson.of(decisions.decideAppeal(id, decision, json.reason(),
                ApiInput.date("newDeadline", json.newDeadline())));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send a JSON object of the documented shape.");
        }
        return body;
    }
}
