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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.vacancy.Vacancies;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.vacancy.Vacancy;

import java.net.URI;
import java.util.List;

/** A hospital's vacancies (issue 12): drafted and listed by its administrators. */
@Path("hospitals/{code}/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HospitalVacanciesResource {

    @Inject
    Vacancies vacancies;

    @POST
    @Operation(summary = "Draft a vacancy with its person specification (criteria of the eligibility engine, each"
            + " essential or desirable)")
    public Response draft(@PathParam("code") String code, VacancyJson.VacancyInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the vacancy as JSON.");
        }
        Vacancy vacancy = vacancies.draft(code, body.details(), body.givenSpecification());
        return Response.created(URI.create("vacancies/" + vacancy.getId()))
                .entity(VacancyJson.VacancyOut.of(new Vacancies.Listed(vacancy, code, null, null), true)).build();
    }

    @GET
    @Operation(summary = "The hospital's vacancies, newest first (its administrators)")
    public List<VacancyJson.VacancyOut> list(@PathParam("code") String code) {
        return vacancies.ofHospital(code).stream()
                .map(v -> VacancyJson.VacancyOut.of(new Vacancies.Listed(v, code, null, null), true)).toList();
    }
}
