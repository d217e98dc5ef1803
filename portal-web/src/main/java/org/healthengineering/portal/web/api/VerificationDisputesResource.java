package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.mentoring.Verifications;

import java.util.List;

/** Competencies whose verifiers disagree, for assessors to settle. */
@Path("verification-disputes")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationDisputesResource {

    @Inject
    Verifications verifications;

    @GET
    @Operation(summary = "Competencies whose verifiers are more than one level apart (assessors)")
    public List<Verifications.Dispute> disputes() {
        return verifications.disputes();
    }
}
