package org.healthengineering.portal.application.recognition;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.recognition.AreaJudgement;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionOutcome;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * The body's people at work on applications for recognition: a reviewer reads the applications they are assigned
 * and reports on every area (or steps down for a conflict of interest); a member of an interview panel reads the
 * application with both reports and, once the interview has taken place, reports on it. Anyone not assigned is
 * told the application does not exist.
 */
@Stateless
public class RecognitionReviews {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    RecognitionCases cases;

    static String reviewLink(long id) {
        return "/recognition/review.xhtml?id=" + id;
    }

    /** An application waiting for the caller: to review, or to interview. */
    public record Assigned(RecognitionApplication application, String schemeName, String applicantName,
                           boolean interview) implements Serializable {
    }

    /**
     * What waits for the caller: applications under review whose current round they review and have not reported
     * on, and interviews they sit on that wait for their report. Two statements.
     */
    public List<Assigned> mine() {
        caller.check(Permissions.RECOGNITION_REVIEW);
        long me = caller.accountId();
        List<Assigned> reviews = em.createQuery("SELECT a, s.name, p.displayName FROM RecognitionReview r"
                        + " JOIN r.application a, RecognitionScheme s, Account p WHERE r.reviewerId = :me"
                        + " AND r.round = a.round AND r.reportedAt IS NULL AND r.steppedDownAt IS NULL"
                        + " AND a.state = :review AND s.id = a.schemeId AND p.id = a.applicantId"
                        + " ORDER BY a.submittedAt", Object[].class).setParameter("me", me)
                .setParameter("review", ApplicationState.UNDER_REVIEW).getResultList().stream()
                .map(r -> new Assigned((RecognitionApplication) r[0], (String) r[1], (String) r[2], false)).toList();
        List<Assigned> interviews = em.createQuery("SELECT DISTINCT a, s.name, p.displayName FROM"
                        + " RecognitionInterview i JOIN i.application a JOIN i.panel m, RecognitionScheme s, Account p"
                        + " WHERE m = :me AND i.round = a.round AND i.reportedAt IS NULL AND a.state = :scheduled"
                        + " AND s.id = a.schemeId AND p.id = a.applicantId", Object[].class).setParameter("me", me)
                .setParameter("scheduled", ApplicationState.INTERVIEW_SCHEDULED).getResultList().stream()
                .map(r -> new Assigned((RecognitionApplication) r[0], (String) r[1], (String) r[2], true)).toList();
        return java.util.stream.Stream.concat(reviews.stream(), interviews.stream()).toList();
    }

    /** An application the caller reviews in its current round, or sits on the interview panel of. */
    public RecognitionCases.ApplicationView get(long id) {
        caller.check(Permissions.RECOGNITION_REVIEW);
        RecognitionApplication application = cases.application(id);
        long me = caller.accountId();
        if (application.currentInterview().filter(i -> i.isOnPanel(me)).isPresent()) {
            return cases.view(application, RecognitionCases.Audience.INTERVIEWER, me);
        }
        if (application.isReviewer(me)) {
            return cases.view(application, RecognitionCases.Audience.REVIEWER, me);
        }
        throw new NotFoundException("Application", id);
    }

    /** The caller's report as a reviewer: the declaration, every area judged, a recommendation and a comment. */
    public RecognitionCases.ApplicationView report(long id, boolean declaredNoConflict,
                                                  List<AreaJudgement.Given> judgements,
                                                  RecognitionOutcome recommendation, String comment) {
        caller.check(Permissions.RECOGNITION_REVIEW);
        RecognitionApplication application = reviewed(id);
        RecognitionScheme scheme = cases.scheme(application);
        String before = application.getState().name();
        application.report(scheme, caller.accountId(), declaredNoConflict, judgements, recommendation, comment,
                clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REVIEW_REPORTED, RecognitionCases.SUBJECT, id, before,
                application.getState().name() + ", recommends " + recommendation));
        if (application.reviewsComplete()) {
            cases.tellBody(application, "Both reviewers have reported on an application for " + scheme.getName()
                    + (scheme.isInterviewHeld() ? ": arrange its interview." : ": it is with the panel."));
        }
        return get(id);
    }

    /** The caller steps down from a review for a conflict of interest; the body is told to assign another. */
    public void stepDown(long id) {
        caller.check(Permissions.RECOGNITION_REVIEW);
        RecognitionApplication application = reviewed(id);
        application.stepDown(caller.accountId(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REVIEWER_STEPPED_DOWN, RecognitionCases.SUBJECT, id, null,
                "reviewer " + caller.accountId()));
        cases.tellBody(application, "A reviewer has stepped down from an application for "
                + cases.scheme(application).getName() + ": assign another.");
    }

    /** The caller's report of the interview, as a member of its panel: the application goes to the panel. */
    public RecognitionCases.ApplicationView reportInterview(long id, String report,
                                                           RecognitionOutcome recommendation) {
        caller.check(Permissions.RECOGNITION_REVIEW);
        RecognitionApplication application = cases.application(id);
        String before = application.getState().name();
        application.reportInterview(caller.accountId(), report, recommendation, clock.instant());
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_INTERVIEW_REPORTED, RecognitionCases.SUBJECT, id, before,
                application.getState().name() + ", recommends " + recommendation));
        cases.tellBody(application, "The interview of an application for " + cases.scheme(application).getName()
                + " is reported: it is with the panel for a decision.");
        return get(id);
    }

    private RecognitionApplication reviewed(long id) {
        RecognitionApplication application = cases.application(id);
        if (!application.isReviewer(caller.accountId())) {
            throw new NotFoundException("Application", id);
        }
        return application;
    }
}
