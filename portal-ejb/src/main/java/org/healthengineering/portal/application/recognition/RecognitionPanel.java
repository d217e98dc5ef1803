package org.healthengineering.portal.application.recognition;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.account.RoleHolders;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.credential.CredentialKind;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpdaudit.AppealDecision;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.recognition.ApplicationState;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionOutcome;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a body's administrators do with applications for recognition: read the queue and each application,
 * assign two reviewers, arrange the interview, refer back for a fresh review, decide (an award becomes a verified
 * qualification the engineer holds, counted by readiness and eligibility from that moment), decide appeals, and
 * remove an award from the public register. Drafts are the applicant's own: the body never sees them.
 */
@Stateless
public class RecognitionPanel {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Credentials credentials;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    RoleHolders roleHolders;

    @Inject
    RecognitionCases cases;

    /** One line of the body's queue: the application, its scheme and applicant by name. */
    public record Queued(RecognitionApplication application, String schemeName, String applicantName) implements Serializable {
    }

    /**
     * Submitted applications (never drafts), the unsettled first, then by submission; of one scheme when
     * {@code schemeId} is given, of one state when {@code state} is. One statement.
     */
    public List<Queued> queue(Long schemeId, ApplicationState state) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        if (state == ApplicationState.DRAFT) {
            return List.of();
        }
        var query = em.createQuery("SELECT a, s.name, p.displayName FROM RecognitionApplication a,"
                        + " RecognitionScheme s, Account p WHERE s.id = a.schemeId AND p.id = a.applicantId"
                        + " AND a.state <> :draft" + (schemeId == null ? "" : " AND a.schemeId = :scheme")
                        + (state == null ? "" : " AND a.state = :state")
                        + " ORDER BY a.submittedAt DESC, a.id DESC", Object[].class)
                .setParameter("draft", ApplicationState.DRAFT);
        if (schemeId != null) {
            query.setParameter("scheme", schemeId);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        List<Object[]> rows = query.getResultList();
        List<Queued> queued = new ArrayList<>(rows.stream().map(r -> new Queued((RecognitionApplication) r[0],
                (String) r[1], (String) r[2])).toList());
        queued.sort(java.util.Comparator.comparing((Queued q) -> !q.application().getState().inProgress()));
        return queued;
    }

    /**
     * The people who may review applications and sit on interview panels (assessors and body administrators with
     * a confirmed address), by name: for the body's choices. One statement.
     */
    public List<Account> people() {
        caller.check(Permissions.RECOGNITION_MANAGE);
        List<Role> roles = java.util.Arrays.stream(Role.values())
                .filter(r -> r.getPermissions().contains(Permissions.RECOGNITION_REVIEW)).toList();
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r IN :roles"
                        + " AND a.emailConfirmedAt IS NOT NULL ORDER BY a.displayName, a.id", Account.class)
                .setParameter("roles", roles).setMaxResults(1000).getResultList();
    }

    /** A submitted application with everything the body reads. */
    public RecognitionCases.ApplicationView get(long id) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        return view(submitted(id));
    }

    /** Assigns the two reviewers by email (assessors or body administrators); each is told. */
    public RecognitionCases.ApplicationView assignReviewers(long id, List<String> emails) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionApplication application = submitted(id);
        List<FieldProblem> problems = new ArrayList<>();
        List<Long> reviewers = people(emails, "reviewers", problems);
        InvalidInputException.throwIfAny(problems);
        Set<Long> before = new HashSet<>();
        application.currentReviews().forEach(r -> before.add(r.getReviewerId()));
        application.assignReviewers(reviewers, clock.instant());
        RecognitionScheme scheme = cases.scheme(application);
        application.currentReviews().stream().filter(r -> !before.contains(r.getReviewerId())).forEach(r ->
                notifier.notify(r.getReviewerId(), Notification.Kind.RECOGNITION_TO_REVIEW, "You are asked to review"
                        + " an application for " + scheme.getName() + " against its areas of competence.",
                        RecognitionReviews.reviewLink(id)));
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REVIEWERS_ASSIGNED, RecognitionCases.SUBJECT, id,
                before.toString(), application.currentReviews().stream().map(r -> r.getReviewerId()).toList()
                .toString()));
        return view(application);
    }

    /** Arranges (or moves) the interview of the current round: when, where, and its panel by email. */
    public RecognitionCases.ApplicationView scheduleInterview(long id, Instant startsAt, String place,
                                                             List<String> panelEmails) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionApplication application = submitted(id);
        List<FieldProblem> problems = new ArrayList<>();
        List<Long> panel = people(panelEmails, "panel", problems);
        InvalidInputException.throwIfAny(problems);
        RecognitionScheme scheme = cases.scheme(application);
        String before = application.getState().name();
        application.scheduleInterview(scheme, startsAt, place, panel, clock.instant());
        String when = DateText.moment(startsAt, clock.getZone()) + ", " + place.trim();
        notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_INTERVIEW, "Your professional "
                + "review interview for " + scheme.getName() + " is arranged: " + when + ".",
                RecognitionApplications.applicationLink(id));
        panel.forEach(member -> notifier.notify(member, Notification.Kind.RECOGNITION_INTERVIEW, "You sit on the "
                + "interview panel of an application for " + scheme.getName() + ": " + when + ".",
                RecognitionReviews.reviewLink(id)));
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_INTERVIEW_ARRANGED, RecognitionCases.SUBJECT, id, before,
                "interview " + startsAt + ", panel " + panel));
        return view(application);
    }

    /** Sends the application back for a fresh round of review; the applicant is told. */
    public RecognitionCases.ApplicationView referBack(long id, String note) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionApplication application = submitted(id);
        String before = application.getState().name();
        application.referBack(note, clock.instant());
        notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_PROGRESS, "The panel has sent "
                + "your application for " + cases.scheme(application).getName() + " back for a further review.",
                RecognitionApplications.applicationLink(id));
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REFERRED_BACK, RecognitionCases.SUBJECT, id, before,
                "round " + application.getRound()));
        return view(application);
    }

    /**
     * The panel's decision. An award becomes, in the same transaction, a verified qualification the engineer
     * holds until the award lapses, so readiness and eligibility count it at once.
     */
    public RecognitionCases.ApplicationView decide(long id, RecognitionApplication.Decision decision) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionApplication application = submitted(id);
        RecognitionScheme scheme = cases.scheme(application);
        String before = application.getState().name();
        long me = caller.accountId();
        application.decide(scheme, decision, me, today(), clock.instant());
        if (application.getOutcome() == RecognitionOutcome.AWARD && application.getHeldQualificationId() == null) {
            HeldQualification held = application.heldQualification(scheme, me, today(), clock.instant());
            em.persist(held);
            em.flush();
            application.heldAs(held.getId());
        }
        notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_DECIDED, switch (
                application.getOutcome()) {
            case AWARD -> "You are awarded " + scheme.getName() + ", valid until "
                    + DateText.day(application.getValidUntil()) + ". It is among your qualifications now.";
            case DEFER -> "The panel has deferred your application for " + scheme.getName() + ", with development "
                    + "feedback on what to do before applying again.";
            case REFUSE -> "The panel has refused your application for " + scheme.getName() + ".";
        }, RecognitionApplications.applicationLink(id));
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_DECIDED, RecognitionCases.SUBJECT, id, before,
                application.getState().name() + (application.getHeldQualificationId() == null ? ""
                        : ", held qualification " + application.getHeldQualificationId())));
        return view(application);
    }

    /** Decides an appeal: upheld, back to the panel for a new decision; dismissed, the decision stands. */
    public RecognitionCases.ApplicationView decideAppeal(long id, AppealDecision decision, String reason) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionApplication application = submitted(id);
        String before = application.getState().name();
        application.decideAppeal(decision, reason, caller.accountId(), clock.instant());
        notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_DECIDED, "Your appeal about "
                + cases.scheme(application).getName() + " is " + (decision == AppealDecision.UPHELD
                ? "upheld: the panel will decide again." : "dismissed: the decision stands."),
                RecognitionApplications.applicationLink(id));
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_APPEAL_DECIDED, RecognitionCases.SUBJECT, id, before,
                application.getState().name()));
        return view(application);
    }

    /** Removes an award from the public register, with the reason; the engineer is told. */
    public RecognitionCases.ApplicationView removeFromRegister(long id, String reason) {
        caller.check(Permissions.RECOGNITION_MANAGE);
        RecognitionApplication application = submitted(id);
        application.removeFromRegister(reason, caller.accountId(), today(), clock.instant());
        credentials.revokeFor(CredentialKind.AWARD, List.of(id), "The body removed the award: "
                + application.getRemovalReason());
        notifier.notify(application.getApplicantId(), Notification.Kind.RECOGNITION_DECIDED, "Your award of "
                + cases.scheme(application).getName() + " is shown as removed on the public register: "
                + application.getRemovalReason(), RecognitionApplications.applicationLink(id));
        audit.fire(new AuditEvent(AuditAction.RECOGNITION_REGISTER_REMOVAL, RecognitionCases.SUBJECT, id, null,
                application.getRemovalReason()));
        return view(application);
    }

    private List<Long> people(List<String> emails, String field, List<FieldProblem> problems) {
        return roleHolders.withPermission(emails, Permissions.RECOGNITION_REVIEW,
                "an assessor or a body administrator", field, problems);
    }

    /** A submitted application; a draft is the applicant's alone and answers "not found". */
    private RecognitionApplication submitted(long id) {
        RecognitionApplication application = cases.application(id);
        if (application.getState() == ApplicationState.DRAFT) {
            throw new org.healthengineering.portal.domain.shared.NotFoundException("Application", id);
        }
        return application;
    }

    private RecognitionCases.ApplicationView view(RecognitionApplication application) {
        return cases.view(application, RecognitionCases.Audience.BODY, caller.accountId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
