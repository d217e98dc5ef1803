package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.benchmark.Benchmarking;

import java.util.List;

/** Hospitals by name, for choosing peers: names, kinds, regions and size bands, never figures. */
@Path("hospital-directory")
@Produces(MediaType.APPLICATION_JSON)
public class HospitalDirectoryResource {

    @Inject
    Benchmarking benchmarking;

    @GET
    @Operation(summary = "Hospitals whose name or code contains q (at most 20); members of a hospital only")
    public List<Benchmarking.Listing> directory(@QueryParam("q") String query) {
        return benchmarking.directory(query);
    }
}
