package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.staffing.StaffingReturns;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One CSV with returns for several hospitals, for an administrator of a group of hospitals. */
@Path("staffing-returns")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingUploadsResource {

    @Inject
    StaffingReturns staffingReturns;

    @POST
    @Consumes(StaffingReturnsResource.CSV)
    @Operation(summary = "Upload returns for any hospitals I administer as CSV; all rows or none",
            description = "201 listing the revisions saved; 422 listing every bad row with its reason.")
    public Response upload(InputStream body) {
        List<StaffingReturns.Saved> saved = staffingReturns.upload(null, new InputStreamReader(body, StandardCharsets.UTF_8));
        return Response.status(Response.Status.CREATED)
                .entity(new StaffingJson.Uploaded(saved.size(), saved))
                .build();
    }
}
