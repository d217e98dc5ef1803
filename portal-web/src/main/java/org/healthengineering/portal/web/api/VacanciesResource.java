package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.vacancy.Vacancies;
import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.vacancy.Vacancy;
import org.healthengineering.portal.domain.vacancy.VacancyApplication;

import java.net.URI;
import java.util.List;

/**
 * Vacancies (issue 12): engineers search the open ones with their eligibility, read one, see their findings and
 * apply; the hospital's administrators change, publish and withdraw theirs, name shortlisters and close
 * shortlisting; shortlisters and the hospital read the applications (anonymised until shortlisting closes).
 */
@Path("vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VacanciesResource {

    @Inject
    Vacancies vacancies;

    @Inject
    VacancyApplications applications;

    @GET
    @Operation(summary = "Open vacancies of every hospital, closing soonest first, each with the caller's eligibility"
            + " in counts (q: words; region; role: a role profile's code; band; closingWithin: days)")
    public List<VacancyJson.VacancyEligibilityJson> search(@QueryParam("q") String q, @QueryParam("region") String region,
                                                           @QueryParam("role") String role, @QueryParam("band") String band,
                                                           @QueryParam("closingWithin") Integer closingWithin) {
        return vacancies.openWithEligibility(new Vacancies.Query(q, region, role, band, closingWithin)).stream()
                .map(VacancyJson.VacancyEligibilityJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A vacancy: its hospital's administrators read theirs in any state, engineers the published")
    public VacancyJson.VacancyOut get(@PathParam("id") long id) {
        return managed(id) ? VacancyJson.VacancyOut.of(listed(vacancies.get(id)), true)
                : VacancyJson.VacancyOut.of(vacancies.openOne(id), false);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft or open vacancy; its specification stays as it is once applications arrive")
    public VacancyJson.VacancyOut revise(@PathParam("id") long id, VacancyJson.VacancyInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the vacancy as JSON.");
        }
        return VacancyJson.VacancyOut.of(listed(vacancies.revise(id, body.details(), body.givenSpecification())), true);
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publish a draft: open to applications until the end of its closing date")
    public VacancyJson.VacancyOut publish(@PathParam("id") long id) {
        return VacancyJson.VacancyOut.of(listed(vacancies.publish(id)), true);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw the vacancy with a reason `{reason}`; every applicant is told")
    public VacancyJson.VacancyOut withdraw(@PathParam("id") long id, VacancyJson.ReasonInput body) {
        return VacancyJson.VacancyOut.of(listed(vacancies.withdraw(id, body == null ? null : body.reason())), true);
    }

    @PUT
    @Path("{id}/shortlisters")
    @Operation(summary = "Name the shortlisters `{shortlisters: [emails]}`: at least two members of the hospital")
    public VacancyJson.VacancyOut shortlisters(@PathParam("id") long id, VacancyJson.ShortlistersInput body) {
        return VacancyJson.VacancyOut.of(listed(vacancies.chooseShortlisters(id,
                body == null ? null : body.shortlisters())), true);
    }

    @POST
    @Path("{id}/shortlisting/closure")
    @Operation(summary = "Close shortlisting once every application has its decision; applicants are named from then")
    public VacancyJson.VacancyOut closeShortlisting(@PathParam("id") long id) {
        return VacancyJson.VacancyOut.of(listed(vacancies.closeShortlisting(id)), true);
    }

    @GET
    @Path("{id}/eligibility")
    @Operation(summary = "The caller's eligibility for the vacancy, criterion by criterion: met and verified, met on"
            + " their own word, not met, or for a person to judge, with the records used")
    public List<VacancyJson.FindingJson> eligibility(@PathParam("id") long id) {
        return VacancyJson.FindingJson.of(applications.eligibility(id));
    }

    @POST
    @Path("{id}/applications")
    @Operation(summary = "Apply: statements by criterion position, evidence from one's own records, the declaration")
    public Response apply(@PathParam("id") long id, VacancyJson.ApplicationInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the application as JSON.");
        }
        VacancyApplication application = applications.apply(id, body.given());
        return Response.created(URI.create("me/applications/" + application.getId()))
                .entity(VacancyJson.ApplicationOut.of(applications.myApplication(application.getId()))).build();
    }

    @GET
    @Path("{id}/applications")
    @Operation(summary = "The applications: for a shortlister anonymised with their own scores; for the hospital with"
            + " the scores' flags, anonymised until shortlisting closes and named afterwards")
    public List<VacancyJson.ShortlistingJson> applications(@PathParam("id") long id) {
        if (managed(id)) {
            Vacancy vacancy = vacancies.get(id);
            return vacancy.isAnonymised() ? applications.forHospital(id).stream()
                    .map(VacancyJson.ShortlistingJson::of).toList()
                    : applications.named(id).stream().map(VacancyJson.ShortlistingJson::of).toList();
        }
        return applications.forShortlisting(id).stream().map(VacancyJson.ShortlistingJson::of).toList();
    }

    private boolean managed(long id) {
        return vacancies.manages(id);
    }

    private Vacancies.Listed listed(Vacancy vacancy) {
        return new Vacancies.Listed(vacancy, null, null, null);
    }
}
