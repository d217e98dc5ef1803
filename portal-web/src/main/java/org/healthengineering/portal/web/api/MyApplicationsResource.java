package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.vacancy.VacancyApplications;

import java.util.List;

/** My applications to vacancies (issue 12): followed and withdrawn by their applicant only. */
@Path("me/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyApplicationsResource {

    @Inject
    VacancyApplications applications;

    @GET
    @Operation(summary = "My applications, newest first, with their status and feedback")
    public List<VacancyJson.ApplicationOut> mine() {
        return applications.mine().stream().map(VacancyJson.ApplicationOut::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my applications; anyone else's answers 404")
    public VacancyJson.ApplicationOut one(@PathParam("id") long id) {
        return VacancyJson.ApplicationOut.of(applications.myApplication(id));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw my application, until the vacancy's closing date")
    public VacancyJson.ApplicationOut withdraw(@PathParam("id") long id) {
        applications.withdraw(id);
        return VacancyJson.ApplicationOut.of(applications.myApplication(id));
    }
}
