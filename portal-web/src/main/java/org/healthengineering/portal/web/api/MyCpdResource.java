package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpd.CpdLog;
import org.healthengineering.portal.application.cpd.CpdQuery;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdTotals;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.Page;
import org.healthengineering.portal.domain.shared.PageRequest;

import java.time.Clock;
import java.time.LocalDate;

/** The caller's CPD activities. Another engineer's activity id answers 404, exactly like a missing one. */
@Path("me/cpd")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyCpdResource {

    @Inject
    CpdLog cpdLog;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "My CPD activities, newest first",
            description = "Filters: title (contains), type, from/to (end date, ISO-8601). Sort: title, type,"
                    + " startDate, endDate, hours; order asc or desc.")
    public PageJson<CpdActivityJson> activities(@QueryParam("title") String title,
                                                @QueryParam("type") String type,
                                                @QueryParam("from") String from,
                                                @QueryParam("to") String to,
                                                @QueryParam("sort") String sort,
                                                @QueryParam("order") @DefaultValue("desc") String order,
                                                @QueryParam("offset") @DefaultValue("0") int offset,
                                                @QueryParam("limit") @DefaultValue("50") int limit) {
        CpdQuery query = new CpdQuery(title, ApiInput.enumOf(ActivityType.class, type, "type"),
                ApiInput.date("from", from), ApiInput.date("to", to));
        Page<CpdActivity> page = cpdLog.activities(query,
                new PageRequest(offset, limit, sort, "asc".equalsIgnoreCase(order)));
        return new PageJson<>(page.items().stream().map(CpdActivityJson::of).toList(), page.total(), offset, limit);
    }

    @POST
    @Operation(summary = "Log a CPD activity", description = "201 with Location; 400 listing every field problem.")
    public Response log(CpdActivityJson body) {
        CpdActivity activity = cpdLog.logActivity(required(body).toDetails(LocalDate.now(clock)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(activity.getId())).build())
                .entity(CpdActivityJson.of(activity)).build();
    }

    @GET
    @Path("totals")
    @Operation(summary = "My CPD hours this calendar year and over the last 12 months (by end date)")
    public CpdTotals totals() {
        return cpdLog.totals();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my CPD activities")
    public CpdActivityJson activity(@PathParam("id") long id) {
        return CpdActivityJson.of(cpdLog.getActivity(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise one of my CPD activities (the whole activity is sent)")
    public CpdActivityJson revise(@PathParam("id") long id, CpdActivityJson body) {
        return CpdActivityJson.of(cpdLog.reviseActivity(id, required(body).toDetails(LocalDate.now(clock))));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of my CPD activities")
    public Response delete(@PathParam("id") long id) {
        cpdLog.deleteActivity(id);
        return Response.noContent().build();
    }

    private static CpdActivityJson required(CpdActivityJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send a CPD activity as JSON.");
        }
        return body;
    }

}
