package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpd.EvidenceLocker;
import org.healthengineering.portal.application.mentoring.Verifications;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;

/** An engineer's competencies and evidence as their verifiers (active mentor, assessors) see them. */
@Path("engineers/{engineer}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngineersResource {

    @Inject
    Verifications verifications;

    @Inject
    EvidenceLocker locker;

    @GET
    @Path("competencies")
    @Operation(summary = "The engineer's competencies: own level, verified level, whether verifiers disagree")
    public List<Verifications.Standing> competencies(@PathParam("engineer") long engineer) {
        return verifications.standing(engineer);
    }

    @GET
    @Path("competencies/{competency}/assessments")
    @Operation(summary = "Every assessment of one competency with its source (self, mentor, assessor)")
    public List<MentoringJson.Assessment> history(@PathParam("engineer") long engineer,
                                                  @PathParam("competency") long competency) {
        return verifications.history(engineer, competency).stream().map(MentoringJson.Assessment::of).toList();
    }

    @POST
    @Path("competencies/{competency}/verifications")
    @Operation(summary = "Verify a level: {level, reason} (a reason is needed when it differs from the engineer's own)")
    public Response verify(@PathParam("engineer") long engineer, @PathParam("competency") long competency,
                           MentoringJson.Verification body) {
        if (body == null || body.level() == null) {
            throw InvalidInputException.of("level", "Give the level you judge the engineer to be at.");
        }
        return Response.status(Response.Status.CREATED).entity(MentoringJson.Assessment.of(
                verifications.verify(engineer, competency, body.level(), body.reason()))).build();
    }

    @GET
    @Path("evidence")
    @Operation(summary = "The engineer's evidence files (download each at /me/evidence/{id})")
    public List<EvidenceLocker.Item> evidence(@PathParam("engineer") long engineer) {
        return locker.evidenceOfEngineer(engineer);
    }
}
