package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpdaudit.AuditCampaigns;
import org.healthengineering.portal.application.cpdaudit.AuditCaseDecisions;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A CPD audit campaign (issue 11): its terms, the selection (drawn once, recorded, recomputable), the dashboard and
 * the cases as JSON or CSV. Body administrators only.
 */
@Path("audit-campaigns/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditCampaignsResource {

    static final String CSV = "text/csv";

    @Inject
    AuditCampaigns campaigns;

    @Inject
    Clock clock;

    @Inject
    AuditCaseDecisions decisions;

    @GET
    @Operation(summary = "A CPD audit campaign; once its sample is drawn, with its published seed")
    public AuditJson.CampaignJson campaign(@PathParam("id") long id) {
        return AuditJson.CampaignJson.of(campaigns.get(id));
    }

    @PUT
    @Operation(summary = "Change a campaign's terms and standards until its sample is drawn")
    public AuditJson.CampaignJson revise(@PathParam("id") long id, AuditJson.CampaignJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the campaign as JSON.");
        }
        return AuditJson.CampaignJson.of(campaigns.revise(id, body.terms(LocalDate.now(clock)),
                AuditJson.given(body.standards())));
    }

    @POST
    @Path("selection")
    @Operation(summary = "Draw the campaign's sample (once): a fresh seed, the eligible list recorded, a case per"
            + " sampled registrant, each told by page and mail")
    public Response select(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(AuditJson.SelectionJson.of(campaigns.select(id)))
                .build();
    }

    @GET
    @Path("selection")
    @Operation(summary = "The recorded selection: seed, algorithm, strata, sampled registrants and the eligible list")
    public AuditJson.SelectionJson selection(@PathParam("id") long id) {
        return AuditJson.SelectionJson.of(campaigns.selection(id));
    }

    @GET
    @Path("selection/verify")
    @Operation(summary = "Recompute the selection from the recorded seed and eligible list and compare it with the"
            + " stored cases")
    public AuditJson.VerificationJson verify(@PathParam("id") long id) {
        return AuditJson.VerificationJson.of(campaigns.verify(id));
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "The campaign at a glance: cases by state and outcome, overdue cases, assessors' workload")
    public AuditJson.DashboardJson dashboard(@PathParam("id") long id) {
        return AuditJson.DashboardJson.of(decisions.dashboard(id));
    }

    @GET
    @Path("cases")
    @Operation(summary = "Every case of the campaign")
    public List<AuditJson.CaseJson> cases(@PathParam("id") long id) {
        return decisions.casesOf(id).stream().map(AuditJson.CaseJson::of).toList();
    }

    @GET
    @Path("cases")
    @Produces(CSV)
    @Operation(summary = "Every case of the campaign as CSV (Accept: text/csv)")
    public Response casesCsv(@PathParam("id") long id) {
        return Response.ok(decisions.csv(id), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cpd-audit-" + id + ".csv\"").build();
    }
}
