package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.benchmark.Benchmarking;
import org.healthengineering.portal.application.hospital.Hospitals;
import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.BenchmarkCsv;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.staffing.Quarter;

/** A hospital's benchmark against a peer group, as JSON (the default) or CSV (Accept: text/csv). */
@Path("hospitals/{code}/benchmark")
public class BenchmarksResource {

    @Inject
    Benchmarking benchmarking;

    @Inject
    Hospitals hospitals;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark my hospital against peers",
            description = "peers = KIND (default), SIZE, REGION, NATIONAL or CUSTOM; quarter = 2026-Q3 (default: the"
                    + " latest quarter the hospital returned). Peer statistics from fewer than 5 hospitals are"
                    + " suppressed with the reason.")
    public BenchmarkJson benchmark(@PathParam("code") String code, @QueryParam("peers") String peers,
                                   @QueryParam("quarter") String quarter) {
        return BenchmarkJson.of(code.toUpperCase(java.util.Locale.ROOT), compute(code, peers, quarter));
    }

    @GET
    @Produces(StaffingReturnsResource.CSV + ";qs=0.5")
    @Operation(summary = "The same benchmark as CSV: one row per metric and trend quarter")
    public Response csv(@PathParam("code") String code, @QueryParam("peers") String peers,
                        @QueryParam("quarter") String quarter) {
        Benchmark benchmark = compute(code, peers, quarter);
        return Response.ok(BenchmarkCsv.write(hospitals.readable(code).getName(), benchmark),
                        "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"benchmark-" + code + "-" + benchmark.group()
                        + "-" + benchmark.quarter() + ".csv\"").build();
    }

    private Benchmark compute(String code, String peers, String quarter) {
        return benchmarking.benchmark(code, ApiInput.enumOf(PeerGroup.class, peers, "peers"),
                quarter == null || quarter.isBlank() ? null : Quarter.parse(quarter, "quarter"));
    }
}
