package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.vacancy.VacancyApplications;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.vacancy.VacancyApplication;

import java.util.Map;

/** An application to a vacancy (issue 12): a shortlister's scores and the hospital's decisions. */
@Path("applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    VacancyApplications applications;

    @PUT
    @Path("scores")
    @Operation(summary = "A shortlister's scores `{scores: [{position, score 0-3, note}]}`, every criterion once")
    public Map<Integer, Integer> score(@PathParam("id") long id, VacancyJson.ScoresInput body) {
        return applications.myScores(applications.score(id, VacancyJson.ScoreJson.given(body)));
    }

    @POST
    @Path("decision")
    @Operation(summary = "The hospital's decision: `{shortlisted, feedback}` while shortlisting, afterwards `{status:"
            + " INTERVIEWED|OFFERED|APPOINTED|NOT_APPOINTED, feedback, interviewAt}`")
    public Map<String, String> decide(@PathParam("id") long id, VacancyJson.DecisionInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the decision as JSON.");
        }
        VacancyApplication application = body.shortlisted() != null
                ? applications.decideShortlisting(id, body.shortlisted(), body.feedback())
                : applications.advance(id, body.next(), body.feedback(), body.interview());
        return Map.of("status", application.getStatus().name());
    }
}
