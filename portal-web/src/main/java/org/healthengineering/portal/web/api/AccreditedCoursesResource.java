package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.accreditation.CourseDirectory;
import org.healthengineering.portal.domain.accreditation.Delivery;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The public directory of accredited courses (issue 11): no account needed. */
@Path("accredited-courses")
@Produces(MediaType.APPLICATION_JSON)
public class AccreditedCoursesResource {

    @Inject
    CourseDirectory directory;

    @GET
    @Operation(summary = "Accredited courses by text, competency (id) and level, body, provider, delivery and date")
    public Page<CourseDirectory.Entry> search(@QueryParam("q") String q, @QueryParam("competency") String competency,
                                              @QueryParam("level") String level, @QueryParam("body") String body,
                                              @QueryParam("provider") String provider,
                                              @QueryParam("delivery") String delivery,
                                              @QueryParam("from") String from, @QueryParam("offset") String offset,
                                              @QueryParam("limit") String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        Long competencyId = ApiInput.collect(problems, () -> number("competency", competency, 1, Long.MAX_VALUE));
        Long minimum = ApiInput.collect(problems, () -> number("level", level, 0, 100));
        Delivery how = ApiInput.collect(problems, () -> ApiInput.enumOf(Delivery.class, delivery, "delivery"));
        LocalDate day = ApiInput.collect(problems, () -> ApiInput.date("from", from));
        Long skip = ApiInput.collect(problems, () -> number("offset", offset, 0, 1_000_000));
        Long size = ApiInput.collect(problems, () -> number("limit", limit, 1, CourseDirectory.MAX_PAGE));
        InvalidInputException.throwIfAny(problems);
        return directory.search(new CourseDirectory.Search(q, competencyId, minimum == null ? null : minimum.intValue(),
                body, provider, how, day, skip == null ? 0 : skip.intValue(), size == null ? 20 : size.intValue()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One accredited course, with its outcomes and the competencies they build")
    public CourseDirectory.Entry course(@PathParam("id") long id) {
        return directory.entry(id).orElseThrow(() -> new NotFoundException("Accredited course", id));
    }

    private static Long number(String field, String text, long min, long max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(field, "Give a whole number from " + min + " to " + max + ".");
    }
}
