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
import org.healthengineering.portal.application.recognition.RecognitionApplications;
import org.healthengineering.portal.application.recognition.RecognitionCases;
import org.healthengineering.portal.application.recognition.RecognitionPanel;
import org.healthengineering.portal.application.recognition.RecognitionReviews;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionOutcome;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Applications for recognition (issue 12) and their lifecycle: the applicant drafts, submits, replaces a declined
 * referee, withdraws, appeals and consents to the register; the body assigns reviewers, arranges the interview,
 * refers back, decides, decides appeals and removes from the register; reviewers report or step down; interview
 * panels report. Each reader gets the application as their part allows; anyone else gets 404.
 */
@Path("recognition-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionApplicationsResource {

    @Inject
    RecognitionApplications applications;

    @Inject
    RecognitionPanel panel;

    @Inject
    RecognitionReviews reviews;

    @Inject
    Caller caller;

    public record StartInput(Long schemeId) {
    }

    @POST
    @Operation(summary = "Start a draft application {schemeId} to an open scheme")
    public Response start(StartInput body) {
        if (body == null || body.schemeId() == null) {
            throw InvalidInputException.of("schemeId", "Say which scheme you apply to.");
        }
        RecognitionCases.ApplicationView view = applications.start(body.schemeId());
        return Response.created(URI.create("recognition-applications/" + view.application().getId()))
                .entity(RecognitionJson.ApplicationOut.of(view)).build();
    }

    @GET
    @Operation(summary = "My applications for recognition, newest first")
    public List<RecognitionJson.MineOut> mine() {
        return applications.mine().stream().map(RecognitionJson.MineOut::of).toList();
    }

    @GET
    @Path("queue")
    @Operation(summary = "The body's submitted applications (scheme: a scheme's id; state), the unsettled first")
    public List<RecognitionJson.QueuedOut> queue(@QueryParam("scheme") Long scheme,
                                                 @QueryParam("state") String state) {
        ApplicationState chosen = ApiInput.enumOf(ApplicationState.class, state, "state");
        return panel.queue(scheme, chosen).stream().map(RecognitionJson.QueuedOut::of).toList();
    }

    @GET
    @Path("assigned")
    @Operation(summary = "Applications waiting for my review or my interview report")
    public List<RecognitionJson.AssignedOut> assigned() {
        return reviews.mine().stream().map(RecognitionJson.AssignedOut::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An application as the caller's part allows: applicant, body, reviewer or interviewer")
    public RecognitionJson.ApplicationOut get(@PathParam("id") long id) {
        return RecognitionJson.ApplicationOut.of(read(id));
    }

    @PUT
    @Path("{id}/statements")
    @Operation(summary = "Save competence statements of a draft {statements: [{competencyId, text}]}: each replaces"
            + " that area's; a blank one clears it")
    public RecognitionJson.ApplicationOut statements(@PathParam("id") long id,
                                                     RecognitionJson.StatementsInput body) {
        return out(applications.saveStatements(id, RecognitionJson.statements(body == null ? null
                : body.statements())));
    }

    @PUT
    @Path("{id}/evidence")
    @Operation(summary = "Choose a draft's evidence from my records {evidence: [{kind, recordId}]}")
    public RecognitionJson.ApplicationOut evidence(@PathParam("id") long id, RecognitionJson.EvidenceInput body) {
        return out(applications.chooseEvidence(id, RecognitionJson.evidence(body == null ? null : body.evidence())));
    }

    @PUT
    @Path("{id}/referees")
    @Operation(summary = "Name a draft's referees {referees: [emails]}; they are asked on submission")
    public RecognitionJson.ApplicationOut referees(@PathParam("id") long id, RecognitionJson.RefereesInput body) {
        return out(applications.nameReferees(id, body == null ? null : body.referees()));
    }

    @POST
    @Path("{id}/referees")
    @Operation(summary = "Name someone {email} in place of a referee who declined; they are asked at once")
    public RecognitionJson.ApplicationOut replaceReferee(@PathParam("id") long id, RecognitionJson.EmailInput body) {
        return out(applications.replaceReferee(id, body == null ? null : body.email()));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the draft: every problem at once; each referee is mailed a link of their own")
    public RecognitionJson.ApplicationOut submit(@PathParam("id") long id) {
        return out(applications.submit(id));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw my application {reason?}, until the panel decides")
    public RecognitionJson.ApplicationOut withdraw(@PathParam("id") long id, RecognitionJson.TextInput body) {
        return out(applications.withdraw(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/appeal")
    @Operation(summary = "Appeal a deferral or refusal {grounds}, within 28 days of it, once per decision")
    public RecognitionJson.ApplicationOut appeal(@PathParam("id") long id, RecognitionJson.TextInput body) {
        return out(applications.appeal(id, body == null ? null : body.grounds()));
    }

    @PUT
    @Path("{id}/register-consent")
    @Operation(summary = "Whether my award appears on the public register {consent: true|false}")
    public RecognitionJson.ApplicationOut consent(@PathParam("id") long id, RecognitionJson.ConsentInput body) {
        return out(applications.consent(id, body == null ? null : body.consent()));
    }

    @PUT
    @Path("{id}/reviewers")
    @Operation(summary = "Assign the two reviewers {reviewers: [emails]} (assessors or body administrators)")
    public RecognitionJson.ApplicationOut reviewers(@PathParam("id") long id, RecognitionJson.PeopleInput body) {
        return out(panel.assignReviewers(id, body == null ? null : body.reviewers()));
    }

    @POST
    @Path("{id}/reviews")
    @Operation(summary = "Report as a reviewer {declaredNoConflict, judgements: [{competencyId, grade, comment}],"
            + " recommendation, comment}")
    public RecognitionJson.ApplicationOut report(@PathParam("id") long id, RecognitionJson.ReviewInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the report as JSON.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        var judgements = body.given(problems);
        RecognitionOutcome recommendation = ApiInput.collect(problems, () -> ApiInput.enumOf(RecognitionOutcome.class,
                body.recommendation(), "recommendation"));
        InvalidInputException.throwIfAny(problems);
        return out(reviews.report(id, Boolean.TRUE.equals(body.declaredNoConflict()), judgements, recommendation,
                body.comment()));
    }

    @POST
    @Path("{id}/reviews/step-down")
    @Operation(summary = "Step down from my review for a conflict of interest")
    public Response stepDown(@PathParam("id") long id) {
        reviews.stepDown(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/interview")
    @Operation(summary = "Arrange or move the interview {startsAt: ISO moment, place, panel: [emails]}")
    public RecognitionJson.ApplicationOut interview(@PathParam("id") long id, RecognitionJson.InterviewInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the interview as JSON.");
        }
        return out(panel.scheduleInterview(id, body.moment(), body.place(), body.panel()));
    }

    @POST
    @Path("{id}/interview/report")
    @Operation(summary = "Report the interview as a member of its panel {report, recommendation}")
    public RecognitionJson.ApplicationOut interviewReport(@PathParam("id") long id,
                                                          RecognitionJson.InterviewReportInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the report as JSON.");
        }
        RecognitionOutcome recommendation = ApiInput.enumOf(RecognitionOutcome.class, body.recommendation(),
                "recommendation");
        return out(reviews.reportInterview(id, body.report(), recommendation));
    }

    @POST
    @Path("{id}/referral")
    @Operation(summary = "Send the application back for a fresh round of review {note}")
    public RecognitionJson.ApplicationOut referBack(@PathParam("id") long id, RecognitionJson.TextInput body) {
        return out(panel.referBack(id, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "The panel decides {outcome: AWARD|DEFER|REFUSE, awardedOn, note}; an award becomes a"
            + " verified qualification the engineer holds")
    public RecognitionJson.ApplicationOut decide(@PathParam("id") long id, RecognitionJson.DecisionInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the decision as JSON.");
        }
        return out(panel.decide(id, body.decision()));
    }

    @POST
    @Path("{id}/appeal/decision")
    @Operation(summary = "Decide the appeal {decision: UPHELD|DISMISSED, reason}")
    public RecognitionJson.ApplicationOut decideAppeal(@PathParam("id") long id,
                                                       RecognitionJson.AppealDecisionInput body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the decision as JSON.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        AppealDecision decision = ApiInput.collect(problems, () -> ApiInput.enumOf(AppealDecision.class,
                body.decision(), "decision"));
        InvalidInputException.throwIfAny(problems);
        return out(panel.decideAppeal(id, decision, body.reason()));
    }

    @POST
    @Path("{id}/register-removal")
    @Operation(summary = "Remove an award from the public register {reason}; it then shows as removed")
    public RecognitionJson.ApplicationOut remove(@PathParam("id") long id, RecognitionJson.TextInput body) {
        return out(panel.removeFromRegister(id, body == null ? null : body.reason()));
    }

    /** The application as the caller's part allows: their own, else the body's, else a reviewer's or interviewer's. */
    private RecognitionCases.ApplicationView read(long id) {
        try {
            return applications.get(id);
        } catch (NotFoundException | org.apache.shiro.authz.UnauthorizedException notMine) {
            if (caller.has(Permissions.RECOGNITION_MANAGE)) {
                return panel.get(id);
            }
            if (caller.has(Permissions.RECOGNITION_REVIEW)) {
                return reviews.get(id);
            }
            throw new NotFoundException("Application", id);
        }
    }

    private static RecognitionJson.ApplicationOut out(RecognitionCases.ApplicationView view) {
        return RecognitionJson.ApplicationOut.of(view);
    }
}
