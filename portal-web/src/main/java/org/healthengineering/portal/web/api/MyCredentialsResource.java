package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.credential.BadgeImage;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.domain.credential.IssuedCredential;

import java.util.List;

/**
 * An engineer's wallet (issue 13): their credentials (those earned and not yet received are issued first),
 * downloads as JSON-LD, VC-JWT or baked PNG, and a public share link per credential.
 */
@Path("me/credentials")
public class MyCredentialsResource {

    @Inject
    Credentials credentials;

    @Inject
    org.healthengineering.portal.application.credential.Verification verification;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My credentials, newest first: awards, accredited course completions and verified"
            + " competencies (issued on first sight)")
    public List<CredentialJson.CredentialOut> list() {
        return credentials.wallet().stream().map(CredentialJson.CredentialOut::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of my credentials")
    public CredentialJson.CredentialOut get(@PathParam("id") long id) {
        return CredentialJson.CredentialOut.of(credentials.mine(id));
    }

    @GET
    @Path("{id}/download/{format}")
    @Produces({CredentialsResource.LD_JSON, CredentialsResource.VC_JWT, "image/png"})
    @Operation(summary = "Download one of my credentials: format json, jwt or png")
    public Response download(@PathParam("id") long id, @PathParam("format") String format) {
        IssuedCredential credential = credentials.mine(id).credential();
        String name = "credential-" + credential.getPublicId();
        return switch (format == null ? "" : format) {
            case "json" -> attachment(credential.getDocument(), CredentialsResource.LD_JSON, name + ".json");
            case "jwt" -> attachment(credential.getJwt(), CredentialsResource.VC_JWT, name + ".jwt");
            case "png" -> attachment(BadgeImage.baked(credential.getDocument()), "image/png", name + ".png");
            default -> throw new org.healthengineering.portal.domain.shared.NotFoundException("Format", format);
        };
    }

    @POST
    @Path("{id}/share")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a public share link for one of my credentials (a new link; an older one stops)")
    public CredentialJson.CredentialOut share(@PathParam("id") long id) {
        return CredentialJson.CredentialOut.of(credentials.share(id));
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/portfolio")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List one of my credentials in my CPD portfolio, with its verification address, or not"
            + " {included: true|false}")
    public CredentialJson.CredentialOut portfolio(@PathParam("id") long id, CredentialJson.PortfolioInput body) {
        if (body == null || body.included() == null) {
            throw org.healthengineering.portal.domain.shared.InvalidInputException.of("included",
                    "Say whether the portfolio lists the credential: true or false.");
        }
        return CredentialJson.CredentialOut.of(credentials.showInPortfolio(id, body.included()));
    }

    @DELETE
    @Path("{id}/share")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the share link of one of my credentials")
    public CredentialJson.CredentialOut unshare(@PathParam("id") long id) {
        return CredentialJson.CredentialOut.of(credentials.unshare(id));
    }

    @POST
    @Path("import")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a credential from another issuer (JSON, JWT or badge PNG, up to 2 MB): verified on"
            + " arrival against my email, kept with its report; 201. Counts as a catalogue qualification that names"
            + " its achievement when every check passed")
    public Response importCredential(java.io.InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(CredentialJson.ImportedOut.of(verification.importCredential(VerifyResource.read(body))))
                .build();
    }

    @GET
    @Path("imported")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Credentials I imported, newest first, with their verification on arrival")
    public List<CredentialJson.ImportedOut> imported() {
        return verification.imported().stream().map(CredentialJson.ImportedOut::of).toList();
    }

    private static Response attachment(Object body, String type, String file) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
