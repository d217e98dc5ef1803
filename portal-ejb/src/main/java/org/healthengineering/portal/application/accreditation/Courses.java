package org.healthengineering.portal.application.accreditation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.account.RoleHolders;
import org.healthengineering.portal.application.framework.CompetencyScale;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.credential.Credentials;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.credential.CredentialKind;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.accreditation.AppealOutcome;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseContent;
import org.healthengineering.portal.domain.accreditation.CourseDecision;
import org.healthengineering.portal.domain.accreditation.CourseStatus;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The accreditation of courses, step by step. Each method loads the course, checks that the caller may act on it
 * (a provider's members on its own courses, the body's administrators on every course, a reviewer on the courses
 * assigned to them; anyone else is told the course does not exist), calls the course, notifies whom it concerns
 * and records the step in the audit trail. The rules themselves live in {@link Course}.
 */
@Stateless
public class Courses {

    static final String SUBJECT = "Course";

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
    Providers providers;

    /** The page where a course is seen by whoever may see it. */
    public static String link(Course course) {
        return "/accreditation/course.xhtml?id=" + course.getId();
    }

    // ---- the provider ----------------------------------------------------------------------------------------

    /**
     * A member of the provider drafts a course for a body. {@code unreadable} are problems already found in
     * reading the request (a date or a kind that is not one): they are listed with the rest.
     */
    public Course draft(String providerCode, String bodyCode, CourseContent content, List<FieldProblem> unreadable) {
        caller.check(Permissions.PROVIDER_WORK);
        TrainingProvider provider = providers.get(providerCode);
        requireMember(provider);
        List<FieldProblem> problems = new ArrayList<>();
        ProfessionalBody body = body(bodyCode, "bodyCode", problems);
        problems.addAll(contentProblems(content, unreadable));
        InvalidInputException.throwIfAny(problems);
        Course course = Course.draft(provider.getId(), body.getId(), content, clock.instant());
        em.persist(course);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.COURSE_DRAFTED, SUBJECT, course.getId(),
                "\"" + course.getTitle() + "\" for " + body.getCode() + " by " + provider.getCode()));
        return course;
    }

    /** A member changes a draft or a course sent back for resubmission. */
    public Course revise(long courseId, CourseContent content, List<FieldProblem> unreadable) {
        Course course = ownCourse(courseId);
        InvalidInputException.throwIfAny(contentProblems(content, unreadable));
        course.revise(content);
        audit.fire(new AuditEvent(AuditAction.COURSE_REVISED, SUBJECT, course.getId(), null, course.getTitle()));
        return course;
    }

    /** A member changes an approved course: a change notice, which goes back to review. */
    public Course noticeChange(long courseId, CourseContent content, List<FieldProblem> unreadable, String notice) {
        Course course = ownCourse(courseId);
        InvalidInputException.throwIfAny(contentProblems(content, unreadable));
        course.noticeChange(content, notice, clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_CHANGE_NOTICED, SUBJECT, course.getId(), null,
                course.getChangeNotice()));
        tellBody(course, Notification.Kind.COURSE_SUBMITTED, "A change notice on \"" + course.getTitle()
                + "\" needs reviewers.");
        return course;
    }

    public Course submit(long courseId) {
        Course course = ownCourse(courseId);
        course.submit(LocalDate.now(clock), clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_SUBMITTED, SUBJECT, course.getId(), null, course.getTitle()));
        tellBody(course, Notification.Kind.COURSE_SUBMITTED, "\"" + course.getTitle()
                + "\" was submitted for accreditation and waits for its administrative check.");
        return course;
    }

    public Course respondToCondition(long courseId, int number, String response) {
        Course course = ownCourse(courseId);
        course.respondToCondition(number, response, clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_CONDITION_ANSWERED, SUBJECT, course.getId(), null,
                "condition " + number));
        tellBody(course, Notification.Kind.COURSE_CONDITION_ANSWERED, "The provider of \"" + course.getTitle()
                + "\" answered condition " + number + ".");
        return course;
    }

    public Course fileAnnualReturn(long courseId, Integer cohorts, Integer participants, String evaluation,
                                   String changes) {
        Course course = ownCourse(courseId);
        var filed = course.fileAnnualReturn(cohorts, participants, evaluation, changes, caller.accountId(),
                LocalDate.now(clock), clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_ANNUAL_RETURN_FILED, SUBJECT, course.getId(), null,
                "year " + filed.getYearNumber() + ": " + cohorts + " cohorts, " + participants + " participants"));
        return course;
    }

    public Course lodgeAppeal(long courseId, String grounds) {
        Course course = ownCourse(courseId);
        course.lodgeAppeal(grounds, caller.accountId(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_APPEAL_LODGED, SUBJECT, course.getId(), null, grounds));
        tellBody(course, Notification.Kind.COURSE_APPEAL_LODGED, "The provider of \"" + course.getTitle()
                + "\" appeals against its refusal.");
        return course;
    }

    /**
     * The courses of a provider the caller works for (or, for body administrators, any provider): the courses
     * alone, for lists (their parts are read when one course is opened).
     */
    public List<Listed> ofProvider(String providerCode) {
        TrainingProvider provider = providers.get(providerCode);
        return listed("c.providerId = :p ORDER BY c.createdAt DESC, c.id DESC", Map.of("p", provider.getId()));
    }

    /** A course in a list, with the codes and names of its provider and body, read in the same statement. */
    public record Listed(Course course, String providerCode, String providerName, String bodyCode, String bodyName) implements Serializable {
    }

    /** Courses matching {@code where} (on {@code c}), each with its provider and body: one statement. */
    private List<Listed> listed(String where, Map<String, Object> parameters) {
        var query = em.createQuery("SELECT c, p.code, p.name, b.code, b.name FROM Course c, TrainingProvider p,"
                + " ProfessionalBody b WHERE p.id = c.providerId AND b.id = c.bodyId AND " + where, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> new Listed((Course) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }

    // ---- the body --------------------------------------------------------------------------------------------

    /**
     * Which courses (alias {@code c}) wait for the body: submitted, under review, with conditions open, or with an
     * appeal waiting; parameter {@code :open} is {@link #WAITING_FOR_BODY}. The queue and the home page's count
     * share it.
     */
    public static final String WAITING_FOR_BODY_WHERE = "(c.status IN :open OR EXISTS (SELECT a FROM CourseAppeal a"
            + " WHERE a.course = c AND a.outcome IS NULL))";
    public static final List<CourseStatus> WAITING_FOR_BODY = List.of(CourseStatus.SUBMITTED,
            CourseStatus.UNDER_REVIEW, CourseStatus.APPROVED_WITH_CONDITIONS);

    /**
     * Which courses (alias {@code c}) wait for the review of reviewer {@code :me} in this round (parameter
     * {@code :review} is {@link CourseStatus#UNDER_REVIEW}). A reviewer's list and the home page's count share it.
     */
    public static final String AWAITING_MY_REVIEW_WHERE = "c.status = :review AND EXISTS (SELECT r FROM CourseReview r"
            + " WHERE r.course = c AND r.reviewerId = :me AND r.round = c.round AND r.submittedAt IS NULL)";

    /** The body's queue: courses submitted, under review, with conditions open or an appeal waiting. */
    public List<Listed> queue() {
        caller.check(Permissions.ACCREDITATION_MANAGE);
        return listed(WAITING_FOR_BODY_WHERE + " ORDER BY c.submittedAt, c.id", Map.of("open", WAITING_FOR_BODY));
    }

    public Course checkAdministratively(long courseId, boolean complete, String note) {
        Course course = managedCourse(courseId);
        course.checkAdministratively(complete, note, clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_CHECKED, SUBJECT, course.getId(), null,
                complete ? "complete: to review" : "returned: " + note));
        if (!complete) {
            tellProvider(course, Notification.Kind.COURSE_RETURNED, "\"" + course.getTitle()
                    + "\" was returned at its administrative check: " + note);
        }
        return course;
    }

    /** Assigns this round's reviewers by email: assessors or body administrators, never a member of the provider. */
    public Course assignReviewers(long courseId, List<String> emails) {
        Course course = managedCourse(courseId);
        List<FieldProblem> problems = new ArrayList<>();
        List<Long> reviewers = roleHolders.withPermission(emails, Permissions.ACCREDITATION_REVIEW,
                "an assessor or a body administrator", "reviewers", problems);
        InvalidInputException.throwIfAny(problems);
        TrainingProvider provider = em.find(TrainingProvider.class, course.getProviderId());
        List<Long> before = course.currentReviews().stream().map(r -> r.getReviewerId()).toList();
        course.assignReviewers(reviewers, provider.getMemberIds(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_REVIEWERS_ASSIGNED, SUBJECT, course.getId(),
                "reviewers=" + before, "reviewers=" + reviewers));
        for (Long reviewer : reviewers) {
            if (!before.contains(reviewer)) {
                notifier.notify(reviewer, Notification.Kind.COURSE_REVIEW_ASSIGNED, "You are asked to review \""
                        + course.getTitle() + "\" for accreditation. Declare any conflict of interest first.",
                        link(course));
            }
        }
        return course;
    }

    public Course decide(long courseId, Course.DecisionInput decision) {
        Course course = managedCourse(courseId);
        ProfessionalBody body = em.find(ProfessionalBody.class, course.getBodyId());
        LocalDate today = LocalDate.now(clock);
        String before = course.getStatus().name();
        course.decide(decision, body.getDailyCreditCap(), course.approvalCodeFor(body.getCode(), today), today,
                clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_DECIDED, SUBJECT, course.getId(), before,
                course.getDecision() + (course.getApprovalCode() == null ? "" : ", " + course.getApprovalCode()
                        + ", credits " + course.getCredits() + ", valid " + course.getValidFrom() + " to "
                        + course.getValidUntil())));
        tellProvider(course, Notification.Kind.COURSE_DECIDED, "The body decided on \"" + course.getTitle() + "\".");
        return course;
    }

    public Course signOffCondition(long courseId, int number) {
        Course course = managedCourse(courseId);
        course.signOffCondition(number, caller.accountId(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_CONDITION_SIGNED_OFF, SUBJECT, course.getId(), null,
                "condition " + number + ", now " + course.getStatus()));
        return course;
    }

    public Course decideAppeal(long courseId, AppealOutcome outcome, String note) {
        Course course = managedCourse(courseId);
        course.decideAppeal(outcome, note, caller.accountId(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_APPEAL_DECIDED, SUBJECT, course.getId(), null,
                outcome + ": " + note));
        tellProvider(course, Notification.Kind.COURSE_APPEAL_DECIDED, "The body decided your appeal on \""
                + course.getTitle() + "\".");
        return course;
    }

    /**
     * Withdraws the accreditation from a day, with the reason; with {@code revokeCredentials}, also revokes the
     * credentials of the completions recorded so far (otherwise they stand, as the completions stay accredited CPD).
     */
    public Course withdraw(long courseId, String reason, LocalDate effectiveOn, boolean revokeCredentials) {
        Course course = managedCourse(courseId);
        course.withdraw(reason, effectiveOn, LocalDate.now(clock));
        if (revokeCredentials) {
            course.revokeCompletionCredentials();
            credentials.revokeFor(CredentialKind.COURSE, em.createQuery("SELECT k.id FROM CourseCompletion k"
                    + " WHERE k.courseId = :course", Long.class).setParameter("course", courseId).getResultList(),
                    "The accreditation of the course was withdrawn: " + course.getWithdrawalReason());
        }
        audit.fire(new AuditEvent(AuditAction.COURSE_WITHDRAWN, SUBJECT, course.getId(), null,
                "from " + effectiveOn + ": " + reason));
        tellProvider(course, Notification.Kind.COURSE_WITHDRAWN, "The accreditation of \"" + course.getTitle()
                + "\" is withdrawn from " + org.healthengineering.portal.domain.shared.DateText.day(effectiveOn)
                + ": " + reason);
        return course;
    }

    // ---- reviewers -------------------------------------------------------------------------------------------

    /** The courses the caller is asked to review and has not yet reviewed. */
    public List<Listed> toReview() {
        caller.check(Permissions.ACCREDITATION_REVIEW);
        return listed(AWAITING_MY_REVIEW_WHERE + " ORDER BY c.id",
                Map.of("me", caller.accountId(), "review", CourseStatus.UNDER_REVIEW));
    }

    public Course review(long courseId, boolean declaredNoConflict, List<Course.JudgementInput> judgements,
                         CourseDecision recommendation, String comments) {
        caller.check(Permissions.ACCREDITATION_REVIEW);
        Course course = lockedCourse(courseId);
        ProfessionalBody body = em.find(ProfessionalBody.class, course.getBodyId());
        course.review(caller.accountId(), declaredNoConflict, judgements, recommendation, comments,
                body.getAccreditationCriteria(), clock.instant());
        audit.fire(new AuditEvent(AuditAction.COURSE_REVIEWED, SUBJECT, course.getId(), null,
                "round " + course.getRound() + ", recommends " + recommendation));
        if (course.reviewsComplete()) {
            tellBody(course, Notification.Kind.COURSE_REVIEWS_COMPLETE, "Every review of \"" + course.getTitle()
                    + "\" is in: it waits for the body's decision.");
        }
        return course;
    }

    /** A reviewer with a conflict of interest steps down; the body is told to assign someone else. */
    public Course stepDown(long courseId) {
        caller.check(Permissions.ACCREDITATION_REVIEW);
        Course course = lockedCourse(courseId);
        course.stepDown(caller.accountId());
        audit.fire(new AuditEvent(AuditAction.COURSE_REVIEWER_STEPPED_DOWN, SUBJECT, course.getId(), null,
                "a conflict of interest declared"));
        tellBody(course, Notification.Kind.COURSE_SUBMITTED, "A reviewer of \"" + course.getTitle()
                + "\" declared a conflict of interest: assign another.");
        return course;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** A course the caller may see: its provider's members, body administrators, and its reviewers. */
    public Course get(long courseId) {
        caller.check(Permissions.OWN_ACCOUNT);
        Course course = em.find(Course.class, courseId);
        if (course == null || !maySee(course)) {
            throw new NotFoundException(SUBJECT, courseId);
        }
        return course;
    }

    /** What the caller may do with a course, for pages to offer only that. */
    public boolean isMine(Course course) {
        return caller.has(Permissions.PROVIDER_WORK) && providerOf(course).hasMember(caller.accountId());
    }

    public boolean mayManage() {
        return caller.has(Permissions.ACCREDITATION_MANAGE);
    }

    public boolean isReviewerOf(Course course) {
        return caller.has(Permissions.ACCREDITATION_REVIEW) && course.isReviewer(caller.accountId());
    }

    /** Whether the caller is one of the current round's reviewers and has not yet reviewed. */
    public boolean awaitsMyReview(Course course) {
        return isReviewerOf(course) && course.currentReviews().stream()
                .anyMatch(r -> r.getReviewerId() == caller.accountId() && !r.isSubmitted());
    }

    public TrainingProvider providerOf(Course course) {
        return em.find(TrainingProvider.class, course.getProviderId());
    }

    public ProfessionalBody bodyOf(Course course) {
        return em.find(ProfessionalBody.class, course.getBodyId());
    }

    private boolean maySee(Course course) {
        return caller.has(Permissions.ACCREDITATION_MANAGE) || isMine(course)
                || caller.has(Permissions.ACCREDITATION_REVIEW)
                && course.getReviews().stream().anyMatch(r -> r.getReviewerId() == caller.accountId());
    }

    private Course ownCourse(long courseId) {
        caller.check(Permissions.PROVIDER_WORK);
        Course course = lockedCourse(courseId);
        if (!isMine(course)) {
            throw new NotFoundException(SUBJECT, courseId);
        }
        return course;
    }

    private Course managedCourse(long courseId) {
        caller.check(Permissions.ACCREDITATION_MANAGE);
        return lockedCourse(courseId);
    }

    private Course lockedCourse(long courseId) {
        Course course = em.find(Course.class, courseId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (course == null) {
            throw new NotFoundException(SUBJECT, courseId);
        }
        return course;
    }

    private void requireMember(TrainingProvider provider) {
        if (!provider.hasMember(caller.accountId())) {
            throw new NotFoundException("Training provider", provider.getCode());
        }
    }

    /** The body named; when it is not one, a problem added to {@code problems} (or thrown when there is none). */
    private ProfessionalBody body(String code, String field, List<FieldProblem> problems) {
        ProfessionalBody body = code == null || code.isBlank() || code.length() > 20 ? null
                : em.createQuery("SELECT b FROM ProfessionalBody b WHERE b.code = :c", ProfessionalBody.class)
                .setParameter("c", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
        if (body == null) {
            FieldProblem problem = new FieldProblem(field, "Choose a professional body the portal knows.");
            if (problems == null) {
                throw new InvalidInputException(List.of(problem));
            }
            problems.add(problem);
        }
        return body;
    }

    /**
     * The problems already found in reading, the content's own (but none again for a field already reported), and
     * each outcome's competency: in a published framework, at a level it has.
     */
    private List<FieldProblem> contentProblems(CourseContent content, List<FieldProblem> unreadable) {
        if (content == null) {
            return List.of(new FieldProblem("body", "Send the course."));
        }
        List<FieldProblem> problems = new ArrayList<>(unreadable == null ? List.of() : unreadable);
        List<String> reported = problems.stream().map(FieldProblem::field).toList();
        content.problems().stream().filter(p -> !reported.contains(p.field())).forEach(problems::add);
        for (int i = 0; i < content.outcomes().size(); i++) {
            CourseContent.Outcome outcome = content.outcomes().get(i);
            if (outcome != null && outcome.competencyId() != null && outcome.level() != null && outcome.level() > 0) {
                CompetencyScale.check(em, outcome.competencyId(), outcome.level(), "outcomes[" + i + "].competency",
                        problems);
            }
        }
        return problems;
    }

    private void tellProvider(Course course, Notification.Kind kind, String text) {
        for (Long member : providerOf(course).getMemberIds()) {
            notifier.notify(member, kind, text, link(course));
        }
    }

    private void tellBody(Course course, Notification.Kind kind, String text) {
        for (Long admin : roleHolders.allHolding(Role.BODY_ADMIN)) {
            notifier.notify(admin, kind, text, link(course));
        }
    }
}
