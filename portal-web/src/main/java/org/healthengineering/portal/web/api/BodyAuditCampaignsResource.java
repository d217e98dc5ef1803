package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpdaudit.AuditCampaigns;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A body's CPD audit campaigns (issue 11): body administrators open and list them. */
@Path("bodies/{code}/audit-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BodyAuditCampaignsResource {

    @Inject
    AuditCampaigns campaigns;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Open a CPD audit campaign for a body (body administrators)",
            description = "title, periodStart, periodEnd, samplingRate (0.025 samples 2.5%), minimumYears (default 2),"
                    + " retiredIncluded (default false), stratifyByTitle (default true), deadline, standards"
                    + " (default: the body's). Every problem is listed at once.")
    public Response open(@PathParam("code") String code, AuditJson.CampaignJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the campaign as JSON.");
        }
        AuditCampaigns.CampaignView view = campaigns.open(code, body.terms(LocalDate.now(clock)),
                AuditJson.given(body.standards()));
        return Response.created(uriInfo.getBaseUriBuilder().path("audit-campaigns")
                        .path(String.valueOf(view.campaign().getId())).build())
                .entity(AuditJson.CampaignJson.of(view)).build();
    }

    @GET
    @Operation(summary = "A body's CPD audit campaigns, newest first (body administrators)")
    public List<AuditJson.CampaignJson> list(@PathParam("code") String code) {
        return campaigns.ofBody(code).stream().map(AuditJson.CampaignJson::of).toList();
    }
}
