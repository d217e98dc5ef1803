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

    /** How a body accredits courses: the most credit a course earns a day (none: no cap) and reviewers' criteria. */
    public record AccreditationJson(java.math.BigDecimal dailyCreditCap, List<String> criteria) {
    }

    @GET
    @Path("{code}/accreditation")
    @Operation(summary = "How a body accredits courses: its daily credit cap and the criteria reviewers judge")
    public AccreditationJson accreditation(@PathParam("code") String code) {
        var body = bodies.bodies().stream().filter(b -> b.getCode().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElseThrow(() -> new org.healthengineering.portal.domain.shared.NotFoundException(
                        "Professional body", code));
        return new AccreditationJson(body.getDailyCreditCap(), body.getAccreditationCriteria());
    }

    @PUT
    @Path("{code}/accreditation")
    @Operation(summary = "Set a body's daily credit cap and its reviewers' criteria (body administrators)")
    public AccreditationJson accreditWith(@PathParam("code") String code, AccreditationJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {dailyCreditCap, criteria}.");
        }
        var changed = bodies.accreditWith(code, body.dailyCreditCap(), body.criteria());
        return new AccreditationJson(changed.getDailyCreditCap(), changed.getAccreditationCriteria());
    }
}
