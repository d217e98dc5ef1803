package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.credential.BadgeImage;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.domain.credential.IssuedCredential;

import java.util.Locale;

/**
 * Credentials by their public id, for anyone (issue 13): the signed JSON-LD by default, the VC-JWT when
 * {@code Accept} asks for {@code application/vc+jwt} or {@code application/jwt}, and the baked badge at {@code .png}.
 */
@Path("credentials")
public class CredentialsResource {

    static final String LD_JSON = "application/ld+json";
    static final String VC_JWT = "application/vc+jwt";

    @Inject
    Credentials credentials;

    @GET
    @Path("{publicId}")
    @Produces({LD_JSON, "application/json", VC_JWT, "application/jwt"})
    @Operation(summary = "A credential, signed: JSON-LD with its embedded proof, or a VC-JWT when Accept asks for"
            + " application/vc+jwt (public; revoked credentials stay readable, and their status lists say so)")
    public Response get(@PathParam("publicId") String publicId, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        IssuedCredential credential = credentials.published(publicId);
        String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (wanted.contains(VC_JWT) || wanted.contains("application/jwt")) {
            return Response.ok(credential.getJwt(), wanted.contains(VC_JWT) ? VC_JWT : "application/jwt").build();
        }
        return Response.ok(credential.getDocument(), wanted.contains("application/json")
                && !wanted.contains(LD_JSON) ? "application/json" : LD_JSON).build();
    }

    @GET
    @Path("{publicId}.png")
    @Produces("image/png")
    @Operation(summary = "A credential baked into the portal's badge image (Open Badges PNG, iTXt openbadgecredential)")
    public Response png(@PathParam("publicId") String publicId) {
        IssuedCredential credential = credentials.published(publicId);
        return Response.ok(BadgeImage.baked(credential.getDocument()), "image/png")
                .header("Content-Disposition", "attachment; filename=\"credential-" + credential.getPublicId()
                        + ".png\"").build();
    }
}
