package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.domain.shared.InvalidInputException;

/**
 * A referee's answer to a request (issue 12), by the token of the link mailed to them, signed in with their own
 * account. The token travels in the body, never in a URL of the API, so it stays out of access logs.
 */
@Path("recognition-references")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionReferencesResource {

    @Inject
    RecognitionApplications applications;

    @POST
    @Path("request")
    @Operation(summary = "Read the request behind a link {token}: the applicant, the scheme, the statements")
    public RecognitionJson.RefereeRequestOut request(RecognitionJson.TokenInput body) {
        return RecognitionJson.RefereeRequestOut.of(applications.request(token(body)));
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm the applicant's competence {token, statement}: referees are registered with the body")
    public RecognitionJson.RefereeRequestOut confirm(RecognitionJson.TokenInput body) {
        return RecognitionJson.RefereeRequestOut.of(applications.confirm(token(body), body.statement()));
    }

    @POST
    @Path("declining")
    @Operation(summary = "Decline to act as referee {token, reason}")
    public RecognitionJson.RefereeRequestOut decline(RecognitionJson.TokenInput body) {
        return RecognitionJson.RefereeRequestOut.of(applications.decline(token(body), body.reason()));
    }

    private static String token(RecognitionJson.TokenInput body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw InvalidInputException.of("token", "Give the token of the link you were mailed.");
        }
        return body.token().trim();
    }
}
