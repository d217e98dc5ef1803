package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.credential.Credentials;

import java.util.List;

/**
 * Issuers (issue 13): anyone reads an issuer's Open Badges Profile with every key it has signed with (Multikey and
 * JWK verification methods, each with its state); body administrators list issuers, rotate keys and mark one
 * compromised.
 */
@Path("issuers")
public class IssuersResource {

    @Inject
    Credentials credentials;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every issuer with its keys and their states (body administrators)")
    public List<CredentialJson.IssuerOut> list() {
        return credentials.issuers().stream().map(CredentialJson.IssuerOut::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces({CredentialsResource.LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "An issuer's Profile with its verification methods (public); a key's id is this URL with"
            + " the key's name as fragment")
    public Response profile(@PathParam("id") long id) {
        return Response.ok(credentials.profile(id).toString(), CredentialsResource.LD_JSON)
                .header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("{id}/achievements/{ref}")
    @Produces({CredentialsResource.LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "An achievement the issuer's credentials name (public): what it is, its criteria and the CASE"
            + " items it covers")
    public Response achievement(@PathParam("id") long id, @PathParam("ref") String ref) {
        return Response.ok(credentials.achievement(id, ref).toString(), CredentialsResource.LD_JSON)
                .header("Cache-Control", "public, max-age=300").build();
    }

    @POST
    @Path("{id}/rotation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate the issuer's keys: the active ones retire (still verifying), new ones sign")
    public CredentialJson.IssuerOut rotate(@PathParam("id") long id) {
        return CredentialJson.IssuerOut.of(credentials.rotate(id));
    }

    @POST
    @Path("{id}/keys/{keyId}/compromise")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a key compromised {reason}: what it signed stops verifying, for good")
    public CredentialJson.IssuerOut compromise(@PathParam("id") long id, @PathParam("keyId") long keyId,
                                               CredentialJson.ReasonInput body) {
        return CredentialJson.IssuerOut.of(credentials.compromise(id, keyId, body == null ? null : body.reason()));
    }
}
