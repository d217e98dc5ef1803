package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpd.ProfessionalBodies;

import java.util.List;

/** The professional bodies I am registered with, and my CPD progress with each. */
@Path("me/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyRegistrationsResource {

    /**
     * The body of {@code PUT /me/registrations/{code}}; {@code registrationTitle} (the profession, e.g. CEng) and
     * {@code retired} decide the CPD audits one may be sampled in.
     */
    public record RegistrationBody(String registeredOn, String membershipNumber, String registrationTitle,
                                   Boolean retired) {
    }

    @Inject
    ProfessionalBodies bodies;

    @GET
    @Operation(summary = "My registrations")
    public List<CpdCyclesJson.Registration> registrations() {
        return bodies.myRegistrations().stream().map(CpdCyclesJson.Registration::of).toList();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Record my registration with a body: {registeredOn, membershipNumber, registrationTitle, retired}")
    public CpdCyclesJson.Registration register(@PathParam("code") String code, RegistrationBody body) {
        return CpdCyclesJson.Registration.of(bodies.register(code,
                body == null ? null : ApiInput.date("registeredOn", body.registeredOn()),
                body == null ? null : body.membershipNumber(),
                body == null ? null : body.registrationTitle(),
                body != null && Boolean.TRUE.equals(body.retired())));
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Remove my registration with a body")
    public Response deregister(@PathParam("code") String code) {
        bodies.deregister(code);
        return Response.noContent().build();
    }

    @GET
    @Path("progress")
    @Operation(summary = "My CPD progress per body: current and previous cycle, hours, mix, gaps, reflections")
    public List<CpdCyclesJson.Progress> progress() {
        return bodies.myProgress().stream().map(CpdCyclesJson.Progress::of).toList();
    }
}
