package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.accreditation.Courses;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A provider's courses: its members draft them for a body and list them (issue 11). */
@Path("providers/{code}/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderCoursesResource {

    @Inject
    Courses courses;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Draft a course for a body (bodyCode), with sessions and outcomes mapped to competencies")
    public Response draft(@PathParam("code") String code, CourseJson.Content body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the course as JSON.");
        }
        CourseJson.Content.Read read = body.read();
        Course course = courses.draft(code, body.bodyCode(), read.content(), read.unreadable());
        return Response.created(uriInfo.getBaseUriBuilder().path("courses").path(String.valueOf(course.getId()))
                .build()).entity(view(course)).build();
    }

    @GET
    @Operation(summary = "The provider's courses, newest first (each in summary; GET /courses/{id} for the whole)")
    public List<CourseJson.Summary> list(@PathParam("code") String code) {
        return courses.ofProvider(code).stream().map(CourseJson.Summary::of).toList();
    }

    private CourseJson.View view(Course course) {
        return CourseJson.View.of(course, courses.providerOf(course).getCode(), courses.bodyOf(course).getCode(),
                LocalDate.now(clock));
    }
}
