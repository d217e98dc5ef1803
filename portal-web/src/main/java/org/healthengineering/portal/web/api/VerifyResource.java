package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.credential.Verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Verifying credentials, for anyone (issue 13): POST the credential (JSON, a VC-JWT, or a badge PNG with one baked
 * in), or nothing with {@code ?url=} to have it fetched; {@code ?email=} checks the recipient. The answer lists
 * every check with its outcome and reason; a credential that fails is still a 200 answer, with the failures in it.
 */
@Path("verify")
public class VerifyResource {

    @Inject
    Verification verification;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a credential: the body (JSON, JWT or PNG, up to 2 MB) or ?url=; ?email= checks the"
            + " recipient; every check with PASS, WARN or FAIL and its reason")
    public CredentialJson.ReportOut verify(@QueryParam("url") String url, @QueryParam("email") String email,
                                           InputStream body) {
        if (url != null) {
            return CredentialJson.ReportOut.of(verification.verifyUrl(url, email));
        }
        return CredentialJson.ReportOut.of(verification.verify(read(body), email));
    }

    /** Reads at most one byte more than a credential may have, so the verifier refuses an oversized one. */
    static byte[] read(InputStream body) {
        try {
            return body == null ? new byte[0] : body.readNBytes(Verification.MOST_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
