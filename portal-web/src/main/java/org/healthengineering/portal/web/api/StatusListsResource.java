package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.credential.Credentials;

import java.util.Date;

/**
 * Status lists (issue 13): a signed W3C Bitstring Status List credential per list, for anyone, cacheable for its
 * {@code ttl} and answered 304 while unchanged.
 */
@Path("status-lists")
public class StatusListsResource {

    @Inject
    Credentials credentials;

    @GET
    @Path("{id}")
    @Produces({CredentialsResource.LD_JSON, "application/json"})
    @Operation(summary = "A signed BitstringStatusListCredential (public; Cache-Control max-age = its ttl, ETag)")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Credentials.PublishedList list = credentials.statusList(id);
        EntityTag tag = new EntityTag(list.version(), true);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(Credentials.STATUS_TTL_SECONDS);
        cache.setPrivate(false);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(list.credential().toString(), CredentialsResource.LD_JSON).tag(tag).cacheControl(cache)
                .lastModified(Date.from(list.changedAt())).build();
    }
}
