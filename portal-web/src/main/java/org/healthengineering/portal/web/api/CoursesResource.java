package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.accreditation.Completions;
import org.healthengineering.portal.application.accreditation.Courses;
import org.healthengineering.portal.domain.accreditation.CompletionRow;
import org.healthengineering.portal.domain.accreditation.CompletionsCsv;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseCompletion;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A course's accreditation lifecycle (issue 11): the provider's changes, submission, answers to conditions,
 * annual returns, appeals and completions; the body's check, reviewers, decision, sign-offs and withdrawal; the
 * reviewers' reviews. Whoever may not see a course is told it does not exist.
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

    /** A completion as sent and shown; {@code waiting} when the email has no account yet. */
    public record CompletionJson(String email, String completedOn, BigDecimal hours, Boolean waiting,
                                 Long activityId, Instant recordedAt) {
        static CompletionJson of(CourseCompletion c) {
            return new CompletionJson(c.getEmail(), c.getCompletedOn().toString(), c.getHours(), c.isWaiting(),
                    c.getActivityId(), c.getRecordedAt());
        }
    }

    /** The body of a JSON completion upload. */
    public record CompletionsJson(List<CompletionJson> rows) {
    }

    @Inject
    Courses courses;

    @Inject
    Completions completions;

    @Inject
    Clock clock;

    @GET
    @Path("queue")
    @Operation(summary = "The body's queue: submitted, under review, with conditions open or an appeal waiting")
    public List<CourseJson.Summary> queue() {
        return courses.queue().stream().map(CourseJson.Summary::of).toList();
    }

    @GET
    @Path("to-review")
    @Operation(summary = "The courses I am asked to review and have not yet reviewed (assessors, body administrators)")
    public List<CourseJson.Summary> toReview() {
        return courses.toReview().stream().map(CourseJson.Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A course: its provider's members, body administrators and its reviewers")
    public CourseJson.View course(@PathParam("id") long id) {
        return view(courses.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft, or a course sent back for resubmission (the provider)")
    public CourseJson.View revise(@PathParam("id") long id, CourseJson.Content body) {
        CourseJson.Content.Read read = required(body).read();
        return view(courses.revise(id, read.content(), read.unreadable()));
    }

    @POST
    @Path("{id}/change-notice")
    @Operation(summary = "Change an approved course: a change notice that goes back to review (the provider)")
    public CourseJson.View changeNotice(@PathParam("id") long id, CourseJson.Content body) {
        CourseJson.Content content = required(body);
        CourseJson.Content.Read read = content.read();
        return view(courses.noticeChange(id, read.content(), read.unreadable(), content.changeNotice()));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a draft or a resubmission for accreditation; it is frozen from now on (the provider)")
    public CourseJson.View submit(@PathParam("id") long id) {
        return view(courses.submit(id));
    }

    @POST
    @Path("{id}/administrative-check")
    @Operation(summary = "The body's administrative check: complete (to review) or returned with a note")
    public CourseJson.View check(@PathParam("id") long id, CourseJson.Check body) {
        if (body == null || body.complete() == null) {
            throw InvalidInputException.of("complete", "Say whether the submission is complete: true or false.");
        }
        return view(courses.checkAdministratively(id, body.complete(), body.note()));
    }

    @PUT
    @Path("{id}/reviewers")
    @Operation(summary = "Assign this round's reviewers by email (one, or two for a programme; body administrators)")
    public CourseJson.View reviewers(@PathParam("id") long id, CourseJson.Reviewers body) {
        return view(courses.assignReviewers(id, body == null ? null : body.reviewers()));
    }

    @POST
    @Path("{id}/reviews")
    @Operation(summary = "My review: no conflict declared, each criterion met / partly met / not met, a recommendation")
    public CourseJson.View review(@PathParam("id") long id, CourseJson.Review body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the review: declaredNoConflict, judgements, recommendation.");
        }
        CourseJson.Review.Read read = body.read();
        return view(courses.review(id, Boolean.TRUE.equals(body.declaredNoConflict()), read.judgements(),
                read.recommendation(), body.comments()));
    }

    @POST
    @Path("{id}/reviews/step-down")
    @Operation(summary = "Declare a conflict of interest and step down from reviewing the course")
    public CourseJson.View stepDown(@PathParam("id") long id) {
        return view(courses.stepDown(id));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "The body's decision once every review is in: approved (with conditions), resubmit, refused")
    public CourseJson.View decide(@PathParam("id") long id, CourseJson.Decision body) {
        if (body == null) {
            throw InvalidInputException.of("decision", "Send the decision.");
        }
        return view(courses.decide(id, body.toInput()));
    }

    @PUT
    @Path("{id}/conditions/{number}/response")
    @Operation(summary = "Answer a condition of the approval (the provider)")
    public CourseJson.View respond(@PathParam("id") long id, @PathParam("number") int number,
                                   CourseJson.Response body) {
        return view(courses.respondToCondition(id, number, body == null ? null : body.response()));
    }

    @POST
    @Path("{id}/conditions/{number}/sign-off")
    @Operation(summary = "Sign a condition off (body administrators); the last makes the approval plain")
    public CourseJson.View signOff(@PathParam("id") long id, @PathParam("number") int number) {
        return view(courses.signOffCondition(id, number));
    }

    @POST
    @Path("{id}/annual-returns")
    @Operation(summary = "File the annual return due: cohorts, participants, evaluation, changes (the provider)")
    public CourseJson.View annualReturn(@PathParam("id") long id, CourseJson.AnnualReturnJson body) {
        CourseJson.AnnualReturnJson r = body == null
                ? new CourseJson.AnnualReturnJson(null, null, null, null, null, null) : body;
        return view(courses.fileAnnualReturn(id, r.cohorts(), r.participants(), r.evaluationSummary(), r.changes()));
    }

    @POST
    @Path("{id}/appeal")
    @Operation(summary = "Appeal against a refusal, once (the provider)")
    public CourseJson.View appeal(@PathParam("id") long id, CourseJson.Appeal body) {
        return view(courses.lodgeAppeal(id, body == null ? null : body.grounds()));
    }

    @POST
    @Path("{id}/appeal/decision")
    @Operation(summary = "Decide the appeal: UPHELD (reviewed again) or DISMISSED (body administrators)")
    public CourseJson.View decideAppeal(@PathParam("id") long id, CourseJson.Appeal body) {
        CourseJson.Appeal appeal = body == null ? new CourseJson.Appeal(null, null, null, null, null) : body;
        List<FieldProblem> problems = new ArrayList<>();
        var outcome = ApiInput.collect(problems, appeal::outcomeValue);
        InvalidInputException.throwIfAny(problems);
        return view(courses.decideAppeal(id, outcome, appeal.note()));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw the accreditation from a date, with a reason (body administrators);"
            + " revokeCredentials: true also revokes the credentials of the completions recorded so far")
    public CourseJson.View withdraw(@PathParam("id") long id, CourseJson.Withdrawal body) {
        CourseJson.Withdrawal w = body == null ? new CourseJson.Withdrawal(null, null, null) : body;
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate effective = ApiInput.collect(problems, () -> ApiInput.date("effectiveOn", w.effectiveOn()));
        InvalidInputException.throwIfAny(problems);
        return view(courses.withdraw(id, w.reason(), effective, Boolean.TRUE.equals(w.revokeCredentials())));
    }

    @GET
    @Path("{id}/completions")
    @Operation(summary = "The completions recorded for a course (its provider, body administrators)")
    public List<CompletionJson> completionsOf(@PathParam("id") long id) {
        return completions.ofCourse(id).stream().map(CompletionJson::of).toList();
    }

    @POST
    @Path("{id}/completions")
    @Operation(summary = "Record completions (JSON rows of email, completedOn, hours): all or nothing (the provider)")
    public Completions.Recorded record(@PathParam("id") long id, CompletionsJson body) {
        List<FieldProblem> problems = new ArrayList<>();
        List<CompletionRow> rows = new ArrayList<>();
        List<CompletionJson> given = body == null || body.rows() == null ? List.of() : body.rows();
        for (int i = 0; i < given.size(); i++) {
            CompletionJson row = given.get(i);
            String where = "rows[" + i + "].";
            if (row == null) {
                problems.add(new FieldProblem("rows[" + i + "]", "Give the email, completedOn and hours."));
                continue;
            }
            int before = problems.size();
            LocalDate day = ApiInput.collect(problems, () -> ApiInput.date(where + "completedOn", row.completedOn()));
            if (problems.size() == before) {
                rows.add(new CompletionRow(where, row.email(), day, row.hours()));
            }
        }
        return completions.record(id, rows, problems);
    }

    @POST
    @Path("{id}/completions")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Record completions from a CSV file with the columns email, completed_on, hours")
    public Completions.Recorded recordCsv(@PathParam("id") long id, String csv) {
        CompletionsCsv.Parsed parsed = CompletionsCsv.read(new StringReader(csv == null ? "" : csv));
        return completions.record(id, parsed.rows(), parsed.problems());
    }

    private CourseJson.View view(Course course) {
        return CourseJson.View.of(course, courses.providerOf(course).getCode(), courses.bodyOf(course).getCode(),
                LocalDate.now(clock));
    }

    private static CourseJson.Content required(CourseJson.Content body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the course as JSON.");
        }
        return body;
    }
}
