package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.qualification.Qualifications;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.web.api.QualificationsResource.HeldJson;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The qualifications I hold. */
@Path("me/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyQualificationsResource {

    @Inject
    Qualifications qualifications;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The qualifications I hold")
    public List<HeldJson> mine() {
        return qualifications.mine().stream().map(h -> HeldJson.of(h, LocalDate.now(clock))).toList();
    }

    @POST
    @Operation(summary = "Record a qualification I hold")
    public Response record(HeldJson body) {
        if (body == null || body.qualificationId() == null) {
            throw InvalidInputException.of("qualificationId", "Choose a qualification from the catalogue.");
        }
        HeldQualification held = qualifications.record(body.qualificationId(), ApiInput.date("awardedOn", body.awardedOn()),
                ApiInput.date("expiresOn", body.expiresOn()), body.registrationNumber(), body.evidenceNote());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(held.getId())).build())
                .entity(HeldJson.of(held, LocalDate.now(clock))).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a qualification I recorded")
    public Response remove(@PathParam("id") long id) {
        qualifications.remove(id);
        return Response.noContent().build();
    }
}
