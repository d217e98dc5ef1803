package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.credential.Credentials;

import java.util.List;

/** Credentials the portal issued, for body administrators (issue 13): find, revoke, suspend, reinstate. */
@Path("issued-credentials")
@Produces(MediaType.APPLICATION_JSON)
public class IssuedCredentialsResource {

    @Inject
    Credentials credentials;

    @GET
    @Operation(summary = "Issued credentials, newest first (q: a public id, or words of the achievement); at most 200")
    public List<CredentialJson.CredentialOut> list(@QueryParam("q") String q) {
        return credentials.issued(q, 200).stream().map(CredentialJson.CredentialOut::of).toList();
    }

    @POST
    @Path("{id}/revocation")
    @Operation(summary = "Revoke a credential for good {reason}; its holder is told")
    public CredentialJson.CredentialOut revoke(@PathParam("id") long id, CredentialJson.ReasonInput body) {
        return CredentialJson.CredentialOut.of(credentials.revoke(id, reason(body)));
    }

    @POST
    @Path("{id}/suspension")
    @Operation(summary = "Suspend a credential {reason}; reversible; its holder is told")
    public CredentialJson.CredentialOut suspend(@PathParam("id") long id, CredentialJson.ReasonInput body) {
        return CredentialJson.CredentialOut.of(credentials.suspend(id, reason(body)));
    }

    @POST
    @Path("{id}/reinstatement")
    @Operation(summary = "Lift a credential's suspension {reason}; its holder is told")
    public CredentialJson.CredentialOut reinstate(@PathParam("id") long id, CredentialJson.ReasonInput body) {
        return CredentialJson.CredentialOut.of(credentials.reinstate(id, reason(body)));
    }

    private static String reason(CredentialJson.ReasonInput body) {
        return body == null ? null : body.reason();
    }
}
