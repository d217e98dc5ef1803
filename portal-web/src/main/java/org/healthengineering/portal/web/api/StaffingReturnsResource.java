package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.staffing.StaffingReturns;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.staffing.Quarter;
import org.healthengineering.portal.domain.staffing.Source;
import org.healthengineering.portal.domain.staffing.StaffingReturn;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A hospital's quarterly staffing returns: submit by JSON or CSV, read the history of revisions. */
@Path("hospitals/{code}/staffing-returns")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingReturnsResource {

    static final String CSV = "text/csv";

    @Inject
    StaffingReturns staffingReturns;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every revision of the hospital's returns, newest first (one quarter with ?quarter=2026-Q3)")
    public List<StaffingJson.Return> history(@PathParam("code") String code, @QueryParam("quarter") String quarter) {
        Quarter q = quarter == null || quarter.isBlank() ? null : Quarter.parse(quarter, "quarter");
        return staffingReturns.history(code, q).stream().map(r -> StaffingJson.Return.of(code, r)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a quarter's return (the hospital's administrators); a correction is the next revision",
            description = "Body: {quarter, note, lines: [one per staff group]}. 201 with the revision; 400 listing"
                    + " every field problem.")
    public Response submit(@PathParam("code") String code, StaffingJson.Return body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"quarter\": \"2026-Q3\", \"lines\": [...]}.");
        }
        StaffingReturn saved = staffingReturns.submit(code, Quarter.parse(body.quarter(), "quarter"), body.note(),
                body.figures(), Source.API);
        return Response.created(uriInfo.getAbsolutePathBuilder().queryParam("quarter", saved.getPeriod()).build())
                .entity(StaffingJson.Return.of(code, saved)).build();
    }

    @POST
    @Consumes(CSV)
    @Operation(summary = "Upload returns for this hospital as CSV (format in the README); all rows or none",
            description = "201 listing the revisions saved; 422 listing every bad row with its reason.")
    public Response upload(@PathParam("code") String code, InputStream body) {
        List<StaffingReturns.Saved> saved = staffingReturns.upload(code, new InputStreamReader(body, StandardCharsets.UTF_8));
        return Response.status(Response.Status.CREATED)
                .entity(new StaffingJson.Uploaded(saved.size(), saved))
                .build();
    }
}
