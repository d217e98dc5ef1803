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
import org.healthengineering.portal.application.benchmark.Benchmarking;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.util.List;

/** A hospital's saved "my peers" list. */
@Path("hospitals/{code}/peers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeersResource {

    /** The body of {@code PUT}: the peers' organisation codes. */
    public record PeersJson(List<String> peers) {
    }

    @Inject
    Benchmarking benchmarking;

    @GET
    @Operation(summary = "My hospital's peers (names, kinds, regions and size bands; no figures)")
    public List<Benchmarking.Listing> peers(@PathParam("code") String code) {
        return benchmarking.peers(code);
    }

    @PUT
    @Operation(summary = "Replace my hospital's peers (the hospital's administrators)")
    public List<Benchmarking.Listing> save(@PathParam("code") String code, PeersJson body) {
        if (body == null) {
            throw InvalidInputException.of("peers", "Send {\"peers\": [organisation codes]}.");
        }
        return benchmarking.savePeers(code, body.peers());
    }
}
