package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.cpd.Portfolio;

/** My CPD portfolio for a period, as PDF (the default) or CSV ({@code Accept: text/csv}). */
@Path("me/portfolio")
public class MyPortfolioResource {

    @Inject
    Portfolio portfolio;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "My CPD portfolio as PDF: ?from=&to= (ISO dates; default the last two years)")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(portfolio.pdf(ApiInput.date("from", from), ApiInput.date("to", to)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"cpd-portfolio.pdf\"").build();
    }

    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "My CPD portfolio as CSV, one row per activity")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(portfolio.csv(ApiInput.date("from", from), ApiInput.date("to", to)),
                "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"cpd-portfolio.csv\"")
                .build();
    }
}
