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
import org.healthengineering.portal.application.cpdaudit.AuditCampaigns;
import org.healthengineering.portal.domain.shared.InvalidInputException;

/** The standards a body assesses CPD audit profiles against (issue 11). */
@Path("bodies/{code}/audit-standards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BodyAuditStandardsResource {

    @Inject
    AuditCampaigns campaigns;

    @GET
    @Operation(summary = "The standards a body assesses CPD profiles against (HCPC's five unless it keeps its own)")
    public AuditJson.StandardsJson standards(@PathParam("code") String code) {
        return new AuditJson.StandardsJson(campaigns.standardsOf(code).stream().map(AuditJson.StandardJson::of).toList());
    }

    @PUT
    @Operation(summary = "Replace the standards a body assesses in the campaigns it opens from now on (body administrators)")
    public AuditJson.StandardsJson define(@PathParam("code") String code, AuditJson.StandardsJson body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send {\"standards\": [{\"code\", \"statement\"}]}.");
        }
        return new AuditJson.StandardsJson(campaigns.defineStandards(code, AuditJson.given(body.standards())).stream()
                .map(AuditJson.StandardJson::of).toList());
    }
}
