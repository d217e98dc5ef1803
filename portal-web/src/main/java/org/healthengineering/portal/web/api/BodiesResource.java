package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;

/** Professional bodies and their CPD requirements. */
@Path("bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BodiesResource {

    @Inject
    ProfessionalBodies bodies;

    @GET
    @Operation(summary = "Professional bodies and what each expects of CPD")
    public List<CpdCyclesJson.Body> bodies() {
        return bodies.bodies().stream().map(CpdCyclesJson.Body::of).toList();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Define or revise a body's CPD requirements (body administrators)")
    public CpdCyclesJson.Body define(@PathParam("code") String code, CpdCyclesJson.Body body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {name, cpdPolicy, cycleMonths, targetHours, minActivityTypes,"
                    + " reflectionRequired, requiredTypes}.");
        }
        return CpdCyclesJson.Body.of(bodies.define(code, body.requirements()));
    }
}
