package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.mentoring.MentorProfiles;
import org.healthengineering.portal.domain.mentoring.MentorProfile;
import org.healthengineering.portal.domain.mentoring.MentorRanking;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mentors: search, suggestions for my gaps, and my own mentor profile. */
@Path("mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentorsResource {

    /** Suggestions with the ranking's formula. */
    public record Suggestions(String role, String formula, List<MentoringJson.Suggestion> mentors) {
    }

    @Inject
    MentorProfiles profiles;

    @GET
    @Operation(summary = "Published mentors with free places; ?competency= (id) and ?region= (text) narrow the search")
    public List<MentoringJson.Mentor> mentors(@QueryParam("competency") Long competency,
                                              @QueryParam("region") String region) {
        return profiles.mentors().stream().filter(c -> c.placesLeft() > 0)
                .filter(c -> competency == null || c.supports().containsKey(competency))
                .filter(c -> region == null || region.isBlank()
                        || c.region().toLowerCase(java.util.Locale.ROOT).contains(region.trim().toLowerCase(java.util.Locale.ROOT)))
                .map(MentoringJson.Mentor::of).toList();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Mentors ranked by how well they cover my competency gaps for ?role=, with reasons")
    public Suggestions suggestions(@QueryParam("role") String role) {
        if (role == null || role.isBlank()) {
            throw InvalidInputException.of("role", "Name the target role (?role=CHE).");
        }
        return new Suggestions(role, MentorRanking.FORMULA,
                profiles.suggest(role).stream().map(MentoringJson.Suggestion::of).toList());
    }

    @GET
    @Path("me")
    @Operation(summary = "My mentor profile (mentors)")
    public MentoringJson.Profile mine() {
        MentorProfile profile = profiles.mine();
        if (profile == null) {
            throw new NotFoundException("Mentor profile", "yours");
        }
        return MentoringJson.Profile.of(profile);
    }

    @PUT
    @Path("me")
    @Operation(summary = "Publish or revise my mentor profile (mentors)")
    public MentoringJson.Profile offer(MentoringJson.Profile body) {
        if (body == null) {
            throw InvalidInputException.of("region", "Send the profile as JSON.");
        }
        Map<Long, Integer> competencies = new HashMap<>();
        if (body.competencies() != null) {
            body.competencies().forEach(c -> competencies.put(c.competencyId(), c.level()));
        }
        return MentoringJson.Profile.of(profiles.offer(new MentorProfile.Offer(body.region(), body.capacity(),
                body.availability(), body.about(), body.published(), competencies)));
    }
}
