package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpdaudit.AuditAssessments;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;

/** The assessors' queue of CPD audit profiles (issue 11): only the cases assigned to me; others answer 404. */
@Path("assessments/audit-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditAssessmentsResource {

    @Inject
    AuditAssessments assessments;

    @GET
    @Operation(summary = "The CPD audit profiles assigned to me to assess or moderate")
    public List<AuditJson.CaseJson> queue() {
        return assessments.queue().stream().map(AuditJson.CaseJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A CPD audit profile assigned to me: the frozen profile, the standards, my grades")
    public AuditJson.CaseJson assigned(@PathParam("id") long id) {
        return AuditJson.CaseJson.of(assessments.get(id));
    }

    @PUT
    @Path("{id}/grades")
    @Operation(summary = "Grade every standard MET, PARTLY_MET or NOT_MET with comments, declaring no conflict:"
            + " {grades: [{standard, grade, comment}], declaresNoConflict: true}")
    public AuditJson.CaseJson grade(@PathParam("id") long id, AuditJson.GradesJson body) {
        AuditJson.GradesJson json = required(body);
        return AuditJson.CaseJson.of(assessments.grade(id, AuditJson.grades(json.grades()),
                Boolean.TRUE.equals(json.declaresNoConflict())));
    }

    @PUT
    @Path("{id}/moderation")
    @Operation(summary = "As moderator, grade the standards the two assessors disagree on")
    public AuditJson.CaseJson moderate(@PathParam("id") long id, AuditJson.GradesJson body) {
        AuditJson.GradesJson json = required(body);
        return AuditJson.CaseJson.of(assessments.moderate(id, AuditJson.grades(json.grades()),
                Boolean.TRUE.equals(json.declaresNoConflict())));
    }

    private static AuditJson.GradesJson required(AuditJson.GradesJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"grades\": [...], \"declaresNoConflict\": true}.");
        }
        return body;
    }
}
