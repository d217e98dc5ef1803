package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.startup.OperationsStatus;

import java.sql.SQLException;

/** The running portal's details for operators (system administrators); {@code /health} only says up or down. */
@Path("operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Inject
    OperationsStatus operations;

    @GET
    @Path("status")
    @Operation(summary = "Database product and version, schema version, Java version (system administrators)")
    public OperationsStatus.Status status() throws SQLException {
        return operations.status();
    }
}
