package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpd.EvidenceLocker;
import org.healthengineering.portal.domain.evidence.EvidenceFile;
import org.healthengineering.portal.domain.evidence.EvidenceType;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Evidence files on my CPD activities: the body is the file itself, {@code ?name=} its name. */
@Path("me/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class MyEvidenceResource {

    @Inject
    EvidenceLocker locker;

    @GET
    @Operation(summary = "My evidence files (no content), or one activity's (?activity=) or self-assessment's (?assessment=)")
    public List<EvidenceLocker.Item> list(@QueryParam("activity") Long activity,
                                          @QueryParam("assessment") Long assessment) {
        if (activity != null) {
            return locker.evidenceFor(activity);
        }
        return assessment == null ? locker.myEvidence() : locker.evidenceForAssessment(assessment);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file to one of my activities or self-assessments: POST the bytes with"
            + " ?activity= (or ?assessment=) and ?name=",
            description = "PDF, images or office documents up to 10 MB, recognised by content; the name's extension"
                    + " must agree. 201, or 400 with the reason (nothing stored).")
    public Response attach(@QueryParam("activity") Long activity, @QueryParam("assessment") Long assessment,
                           @QueryParam("name") String name, InputStream body) {
        if ((activity == null) == (assessment == null)) {
            throw InvalidInputException.of("activity", "Say what the file is evidence for: ?activity=id or"
                    + " ?assessment=id.");
        }
        EvidenceLocker.Item item = activity != null ? locker.attach(activity, name, read(body))
                : locker.attachToAssessment(assessment, name, read(body));
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one of my evidence files")
    public Response download(@PathParam("id") long id) {
        EvidenceFile file = locker.download(id);
        return Response.ok(file.getContent(), file.getMediaType())
                .header("Content-Disposition", file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of my evidence files")
    public Response remove(@PathParam("id") long id) {
        locker.remove(id);
        return Response.noContent().build();
    }

    /** Reads at most one byte more than allowed, so an oversized upload is refused without being held whole. */
    static byte[] read(InputStream body) {
        try {
            return body == null ? new byte[0] : body.readNBytes(EvidenceType.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
