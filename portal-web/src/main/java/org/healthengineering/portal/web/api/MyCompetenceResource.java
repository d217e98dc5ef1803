package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.assessment.SelfAssessment;
import org.healthengineering.portal.application.readiness.Readiness;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.assessment.EngineerProfile;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator;
import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** My profile, my self-assessments and my readiness for every role. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyCompetenceResource {

    /** My profile. */
    public record ProfileJson(Integer yearsExperience, String currentPost) {
    }

    /** A self-assessment. */
    public record AssessmentJson(Long id, long competencyId, int level, String note, String evidenceText,
                                 String evidenceUrl, Set<Long> cpdActivityIds, String source, Instant assessedAt) {
        static AssessmentJson of(CompetencyAssessment a) {
            return new AssessmentJson(a.getId(), a.getCompetencyId(), a.getLevel(), a.getNote(), a.getEvidenceText(),
                    a.getEvidenceUrl(), a.getCpdActivityIds(), a.getSource().name(), a.getAssessedAt());
        }
    }

    /** Readiness for one role, with how the figure is computed. */
    public record ReadinessJson(String roleCode, String roleTitle, int percent, String formula,
                                List<org.healthengineering.portal.domain.readiness.RequirementCheck> requirements) {
        static ReadinessJson of(RoleReadiness r) {
            return new ReadinessJson(r.roleCode(), r.roleTitle(), r.percent(), ReadinessCalculator.FORMULA, r.checks());
        }
    }

    @Inject
    SelfAssessment selfAssessment;

    @Inject
    Readiness readiness;

    @GET
    @Path("profile")
    @Operation(summary = "My years of experience and current post")
    public ProfileJson profile() {
        EngineerProfile profile = selfAssessment.profile();
        return new ProfileJson(profile.getYearsExperience(), profile.getCurrentPost());
    }

    @PUT
    @Path("profile")
    @Operation(summary = "Update my years of experience and current post")
    public ProfileJson updateProfile(ProfileJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"yearsExperience\", \"currentPost\"}.");
        }
        EngineerProfile profile = selfAssessment.updateProfile(body.yearsExperience(), body.currentPost());
        return new ProfileJson(profile.getYearsExperience(), profile.getCurrentPost());
    }

    @POST
    @Path("assessments")
    @Operation(summary = "Assess myself in a competency of a published framework (history is kept)")
    public Response assess(AssessmentJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"competencyId\", \"level\", …}.");
        }
        CompetencyAssessment assessment = selfAssessment.assess(body.competencyId(), body.level(), body.note(),
                body.evidenceText(), body.evidenceUrl(), body.cpdActivityIds());
        return Response.status(Response.Status.CREATED).entity(AssessmentJson.of(assessment)).build();
    }

    @GET
    @Path("assessments")
    @Operation(summary = "My assessments of one competency, newest first")
    public List<AssessmentJson> history(@QueryParam("competency") Long competencyId) {
        if (competencyId == null) {
            throw InvalidInputException.of("competency", "Say which competency: ?competency=<id>.");
        }
        return selfAssessment.history(competencyId).stream().map(AssessmentJson::of).toList();
    }

    @GET
    @Path("readiness")
    @Operation(summary = "My readiness for every role profile")
    public List<ReadinessJson> readiness() {
        return readiness.forAllRoles().stream().map(ReadinessJson::of).toList();
    }

    @GET
    @Path("readiness/{roleCode}")
    @Operation(summary = "My readiness for one role, requirement by requirement")
    public ReadinessJson readiness(@PathParam("roleCode") String roleCode) {
        return ReadinessJson.of(readiness.forRole(roleCode));
    }
}
