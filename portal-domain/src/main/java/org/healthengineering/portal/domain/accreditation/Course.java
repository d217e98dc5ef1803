package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A provider's course and its accreditation by one professional body, with everything that belongs to it: its
 * sessions and learning outcomes, the reviews of each round, the decision and its conditions, annual returns and
 * appeals. The rules of the whole lifecycle live here; a service loads the course, checks who is asking, calls one
 * method and records it in the audit trail.
 *
 * <p>Accreditation runs from the approval's {@code validFrom} to {@code validUntil}, and ends early on {@code endsOn}
 * (exclusive) when the body withdraws it or refuses a change notice; completions dated before that stay valid.
 */
@Entity
@Table(name = "course")
public class Course implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long before its due date a condition or annual return may be answered, and the most a validity runs. */
    static final int MAX_VALID_YEARS = 5;
    /** An annual return may be filed from this many days before the anniversary, and is overdue this many after. */
    static final int RETURN_WINDOW_DAYS = 30;
    public static final int NOTE_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private Long providerId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private CourseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private CourseKind kind;

    @Column(name = "title", nullable = false, length = CourseContent.TITLE_LENGTH)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "audience", nullable = false, length = CourseContent.AUDIENCE_LENGTH)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 20)
    private Delivery delivery;

    @Column(name = "location", length = CourseContent.LOCATION_LENGTH)
    private String location;

    @Column(name = "faculty", nullable = false)
    private String faculty;

    @Column(name = "assessment_method", nullable = false)
    private String assessmentMethod;

    @Column(name = "evaluation_method", nullable = false)
    private String evaluationMethod;

    @Column(name = "sponsored", nullable = false)
    private boolean sponsored;

    @Column(name = "sponsorship", length = CourseContent.SPONSORSHIP_LENGTH)
    private String sponsorship;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_session", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "sort_order")
    private List<ScheduledSession> sessions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_outcome", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "sort_order")
    private List<LearningOutcome> outcomes = new ArrayList<>();

    @Column(name = "change_notice")
    private String changeNotice;

    /** The words the public directory searches: title, summary and outcomes, kept with every change of content. */
    @Column(name = "search_text")
    private String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "first_submitted_on")
    private LocalDate firstSubmittedOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "admin_check_note", length = 2000)
    private String adminCheckNote;

    @Column(name = "admin_checked_at")
    private Instant adminCheckedAt;

    @Column(name = "review_round", nullable = false)
    private int round;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<CourseReview> reviews = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30)
    private CourseDecision decision;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "approval_code", length = 40)
    private String approvalCode;

    @Column(name = "credits", precision = 7, scale = 2)
    private BigDecimal credits;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "credentials_revoked", nullable = false)
    private boolean credentialsRevoked;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("sortOrder")
    private List<CourseCondition> conditions = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("yearNumber")
    private List<AnnualReturn> annualReturns = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<CourseAppeal> appeals = new ArrayList<>();

    @Version
    @Column(name = "version")
    private int version;

    /** A decision as the body gives it; validity and conditions only for an approval. */
    public record DecisionInput(CourseDecision decision, String note, LocalDate validFrom, LocalDate validUntil,
                                List<ConditionInput> conditions) {
    }

    /** A condition as the body sets it. */
    public record ConditionInput(String requirement, LocalDate dueOn) {
    }

    /** A reviewer's judgement of one criterion as given. */
    public record JudgementInput(String criterion, Grade grade, String comment) {
    }

    protected Course() {
    }

    /** A provider drafts a course for a body; refused with every problem listed. */
    public static Course draft(long providerId, long bodyId, CourseContent content, Instant now) {
        InvalidInputException.throwIfAny(content.problems());
        Course course = new Course();
        course.providerId = providerId;
        course.bodyId = bodyId;
        course.status = CourseStatus.DRAFT;
        course.createdAt = now;
        course.write(content);
        return course;
    }

    /** The provider changes a draft, or a course sent back for resubmission. A submitted course is frozen. */
    public void revise(CourseContent content) {
        if (!status.editableByProvider()) {
            throw new ConflictException("status", status == CourseStatus.APPROVED
                    || status == CourseStatus.APPROVED_WITH_CONDITIONS
                    ? "An approved course changes by a change notice, which goes back to review."
                    : "A submitted course is frozen while the body reviews it.");
        }
        InvalidInputException.throwIfAny(content.problems());
        write(content);
    }

    /**
     * The provider changes an approved course: the new content goes back to review as a change notice, and the
     * approval stays in force until the body decides.
     */
    public void noticeChange(CourseContent content, String notice, Instant now) {
        if (status != CourseStatus.APPROVED && status != CourseStatus.APPROVED_WITH_CONDITIONS) {
            throw new ConflictException("status", "Only an approved course takes a change notice.");
        }
        List<FieldProblem> problems = new ArrayList<>(content.problems());
        if (notice == null || notice.isBlank() || notice.trim().length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("changeNotice", "Say what changes and why (at most 8,000 characters)."));
        }
        if (content.kind() != kind) {
            problems.add(new FieldProblem("kind", "A change notice keeps the kind of the course."));
        }
        InvalidInputException.throwIfAny(problems);
        write(content);
        changeNotice = notice.trim();
        submittedAt = now;
        startRound(CourseStatus.UNDER_REVIEW);
    }

    private void write(CourseContent c) {
        this.title = c.title().trim();
        this.kind = c.kind();
        this.summary = c.summary().trim();
        this.audience = c.audience().trim();
        this.delivery = c.delivery();
        this.location = CourseContent.trimmed(c.location());
        this.faculty = c.faculty().trim();
        this.assessmentMethod = c.assessmentMethod().trim();
        this.evaluationMethod = c.evaluationMethod().trim();
        this.sponsored = c.sponsored();
        this.sponsorship = c.sponsored() ? c.sponsorship().trim() : null;
        this.sessions.clear();
        c.sessions().stream().sorted(Comparator.comparing(CourseSession::day))
                .forEach(s -> sessions.add(new ScheduledSession(s)));
        this.outcomes.clear();
        c.outcomes().forEach(o -> outcomes.add(new LearningOutcome(o.text(), o.competencyId(), o.level())));
        StringBuilder words = new StringBuilder(title).append('\n').append(summary);
        outcomes.forEach(o -> words.append('\n').append(o.getText()));
        this.searchText = words.toString();
    }

    /** The content as written, ready to be changed. */
    public CourseContent content() {
        return new CourseContent(title, kind, summary, audience, delivery, location, faculty, assessmentMethod,
                evaluationMethod, sponsored, sponsorship, sessions(),
                outcomes.stream().map(o -> new CourseContent.Outcome(o.getText(), o.getCompetencyId(), o.getLevel()))
                        .toList());
    }

    /** The provider submits a draft (or a resubmission): from now on the content is frozen. */
    public void submit(LocalDate today, Instant now) {
        move(CourseStatus.SUBMITTED, "submitted");
        if (firstSubmittedOn == null) {
            firstSubmittedOn = today;
        }
        submittedAt = now;
        adminCheckNote = null;
        adminCheckedAt = null;
    }

    /**
     * The body's administrative check of a submission: complete, it goes to review; incomplete, it goes back to
     * the provider as a draft with the note saying what is missing.
     */
    public void checkAdministratively(boolean complete, String note, Instant now) {
        if (status != CourseStatus.SUBMITTED) {
            throw new ConflictException("status", "Only a submitted course waits for its administrative check.");
        }
        if (!complete && (note == null || note.isBlank())) {
            throw InvalidInputException.of("note", "Say what the submission is missing.");
        }
        if (note != null && note.trim().length() > 2000) {
            throw InvalidInputException.of("note", "Use at most 2,000 characters.");
        }
        adminCheckNote = CourseContent.trimmed(note);
        adminCheckedAt = now;
        if (complete) {
            startRound(CourseStatus.UNDER_REVIEW);
        } else {
            move(CourseStatus.DRAFT, "returned");
        }
    }

    private void startRound(CourseStatus next) {
        move(next, "reviewed");
        round++;
    }

    /**
     * The body assigns this round's reviewers (replacing any who have not yet reviewed): as many as the kind
     * needs, different people, none a member of the provider.
     */
    public void assignReviewers(List<Long> reviewerIds, Set<Long> providerMembers, Instant now) {
        requireStatus(CourseStatus.UNDER_REVIEW, "have reviewers assigned");
        List<Long> submitted = currentReviews().stream().filter(CourseReview::isSubmitted)
                .map(CourseReview::getReviewerId).toList();
        List<Long> all = new ArrayList<>(submitted);
        reviewerIds.stream().filter(id -> !submitted.contains(id)).forEach(all::add);
        InvalidInputException.throwIfAny(ReviewerRules.problems(kind, all, providerMembers));
        reviews.removeIf(r -> r.getRound() == round && !r.isSubmitted());
        all.stream().filter(id -> !submitted.contains(id))
                .forEach(id -> reviews.add(new CourseReview(this, round, id, now)));
    }

    /** The reviews of the current round. */
    public List<CourseReview> currentReviews() {
        return reviews.stream().filter(r -> r.getRound() == round).toList();
    }

    public boolean isReviewer(long accountId) {
        return status == CourseStatus.UNDER_REVIEW
                && currentReviews().stream().anyMatch(r -> r.getReviewerId() == accountId);
    }

    /** An assigned reviewer declares a conflict of interest and steps down; the body assigns someone else. */
    public void stepDown(long reviewerId) {
        CourseReview review = pendingReview(reviewerId);
        reviews.remove(review);
    }

    /**
     * An assigned reviewer's review: the declaration of no conflict, a judgement of each of the body's criteria,
     * and a recommendation. Refused with every problem listed.
     */
    public void review(long reviewerId, boolean declaredNoConflict, List<JudgementInput> judgements,
                       CourseDecision recommendation, String comments, List<String> criteria, Instant now) {
        CourseReview review = pendingReview(reviewerId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!declaredNoConflict) {
            problems.add(new FieldProblem("declaredNoConflict", "Declare that you have no conflict of interest, "
                    + "or step down from the review."));
        }
        List<JudgementInput> given = judgements == null ? List.of() : judgements;
        List<ReviewJudgement> judged = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            String criterion = criteria.get(i);
            JudgementInput input = given.stream().filter(j -> j != null && criterion.equals(j.criterion()))
                    .findFirst().orElse(null);
            if (input == null || input.grade() == null) {
                problems.add(new FieldProblem("judgements[" + i + "].grade", "Judge this criterion: " + criterion));
            } else if (input.comment() != null && input.comment().trim().length() > ReviewJudgement.COMMENT_LENGTH) {
                problems.add(new FieldProblem("judgements[" + i + "].comment", "Use at most 2,000 characters."));
            } else {
                judged.add(new ReviewJudgement(criterion, input.grade(), input.comment()));
            }
        }
        for (JudgementInput input : given) {
            if (input != null && !criteria.contains(input.criterion())) {
                problems.add(new FieldProblem("judgements", "The body has no criterion \"" + input.criterion() + "\"."));
            }
        }
        if (recommendation == null) {
            problems.add(new FieldProblem("recommendation", "Recommend a decision."));
        }
        if (comments != null && comments.trim().length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("comments", "Use at most 8,000 characters."));
        }
        InvalidInputException.throwIfAny(problems);
        review.submit(judged, recommendation, comments, now);
    }

    private CourseReview pendingReview(long reviewerId) {
        if (!isReviewer(reviewerId)) {
            throw new NotFoundException("Course", id);
        }
        CourseReview review = currentReviews().stream().filter(r -> r.getReviewerId() == reviewerId)
                .findFirst().orElseThrow();
        if (review.isSubmitted()) {
            throw new ConflictException("review", "Your review of this round is already submitted.");
        }
        return review;
    }

    /** Whether every reviewer of the current round has reviewed. */
    public boolean reviewsComplete() {
        List<CourseReview> current = currentReviews();
        return current.size() == kind.reviewersNeeded() && current.stream().allMatch(CourseReview::isSubmitted);
    }

    /**
     * The body's decision, once every review is in. An approval carries the credit (one per hour of educational
     * content, capped per day, nothing for sessions before the first submission), an approval code and a validity
     * of up to five years; conditions come with an approval with conditions; every decision says why.
     */
    public void decide(DecisionInput input, BigDecimal dailyCap, String newApprovalCode, LocalDate today, Instant now) {
        requireStatus(CourseStatus.UNDER_REVIEW, "be decided");
        if (!reviewsComplete()) {
            throw new ConflictException("reviews", "Every reviewer reviews the course before the body decides.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        CourseDecision chosen = input.decision();
        if (chosen == null) {
            problems.add(new FieldProblem("decision", "Choose a decision."));
        }
        String note = CourseContent.trimmed(input.note());
        if (note == null && chosen != CourseDecision.APPROVED) {
            problems.add(new FieldProblem("note", "Give the reasons for the decision."));
        } else if (note != null && note.length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("note", "Use at most 8,000 characters."));
        }
        BigDecimal credit = null;
        List<ConditionInput> conditionInputs = input.conditions() == null ? List.of() : input.conditions();
        if (chosen != null && chosen.approves()) {
            credit = approvableCredit(dailyCap).total();
            if (credit.signum() <= 0) {
                problems.add(new FieldProblem("decision", "No session earns credit: every one was held before the "
                        + "course was submitted, and there is no retrospective approval."));
            }
            validityProblems(input.validFrom(), input.validUntil(), today, problems);
            if (chosen == CourseDecision.APPROVED_WITH_CONDITIONS && conditionInputs.isEmpty()) {
                problems.add(new FieldProblem("conditions", "An approval with conditions sets at least one."));
            }
            if (chosen == CourseDecision.APPROVED && !conditionInputs.isEmpty()) {
                problems.add(new FieldProblem("conditions", "Conditions come with an approval with conditions."));
            }
            for (int i = 0; i < conditionInputs.size(); i++) {
                ConditionInput c = conditionInputs.get(i);
                if (c == null || c.requirement() == null || c.requirement().isBlank()
                        || c.requirement().trim().length() > CourseCondition.REQUIREMENT_LENGTH) {
                    problems.add(new FieldProblem("conditions[" + i + "].requirement",
                            "Say what the provider must do (at most 1,000 characters)."));
                }
                if (c == null || c.dueOn() == null || !c.dueOn().isAfter(today)) {
                    problems.add(new FieldProblem("conditions[" + i + "].dueOn", "Give a due date after today."));
                }
            }
        } else if (!conditionInputs.isEmpty()) {
            problems.add(new FieldProblem("conditions", "Conditions come with an approval with conditions."));
        }
        InvalidInputException.throwIfAny(problems);
        boolean changeNoticeDecision = approvalCode != null;
        move(chosen.status(), "decided");
        decision = chosen;
        decisionNote = note;
        decidedAt = now;
        if (chosen.approves()) {
            credits = credit;
            validFrom = input.validFrom();
            validUntil = input.validUntil();
            endsOn = null;
            if (approvalCode == null) {
                approvalCode = newApprovalCode;
            }
            conditions.removeIf(c -> !c.isSignedOff());
            int order = conditions.size();
            for (ConditionInput c : conditionInputs) {
                conditions.add(new CourseCondition(this, order++, c.requirement(), c.dueOn()));
            }
            changeNotice = null;
        } else if (chosen == CourseDecision.REFUSED && changeNoticeDecision) {
            endsOn = today;
        }
    }

    private void validityProblems(LocalDate from, LocalDate until, LocalDate today, List<FieldProblem> problems) {
        if (from == null) {
            problems.add(new FieldProblem("validFrom", "Give the date the approval starts."));
        } else if (firstSubmittedOn != null && from.isBefore(firstSubmittedOn)) {
            problems.add(new FieldProblem("validFrom", "An approval starts on or after the day the course was "
                    + "submitted (" + DateText.day(firstSubmittedOn) + "): there is no retrospective approval."));
        }
        if (until == null) {
            problems.add(new FieldProblem("validUntil", "Give the date the approval ends."));
        } else if (from != null && !until.isAfter(from)) {
            problems.add(new FieldProblem("validUntil", "The approval ends after it starts."));
        } else if (from != null && until.isAfter(from.plusYears(MAX_VALID_YEARS))) {
            problems.add(new FieldProblem("validUntil", "An approval lasts at most " + MAX_VALID_YEARS + " years."));
        } else if (until != null && until.isBefore(today)) {
            problems.add(new FieldProblem("validUntil", "The approval cannot end in the past."));
        }
    }

    /** The code an approval of this course carries: the body's code, the year and the course's number. */
    public String approvalCodeFor(String bodyCode, LocalDate today) {
        return bodyCode + "-" + today.getYear() + "-" + String.format(Locale.ROOT, "%05d", id);
    }

    /** The credit the course's sessions earn under the body's daily cap, with no retrospective approval. */
    public CreditCalculation.Result approvableCredit(BigDecimal dailyCap) {
        return CreditCalculation.credits(sessions(), dailyCap, firstSubmittedOn);
    }

    /** The provider answers a condition of its approval. */
    public void respondToCondition(int number, String response, Instant now) {
        CourseCondition condition = condition(number);
        if (condition.isSignedOff()) {
            throw new ConflictException("response", "This condition is already signed off.");
        }
        if (response == null || response.isBlank() || response.trim().length() > NOTE_LENGTH) {
            throw InvalidInputException.of("response", "Say how the condition is met (at most 8,000 characters).");
        }
        condition.respond(response, now);
    }

    /** The body signs a condition off once the provider has answered it; the last one makes the approval plain. */
    public void signOffCondition(int number, long by, Instant now) {
        CourseCondition condition = condition(number);
        if (condition.isSignedOff()) {
            throw new ConflictException("condition", "This condition is already signed off.");
        }
        if (condition.getResponse() == null) {
            throw new ConflictException("condition", "The provider has not answered this condition yet.");
        }
        condition.signOff(by, now);
        if (status == CourseStatus.APPROVED_WITH_CONDITIONS && conditions.stream().allMatch(CourseCondition::isSignedOff)) {
            move(CourseStatus.APPROVED, "approved");
        }
    }

    /** A condition by its number (1 for the first the body set). */
    private CourseCondition condition(int number) {
        if (status != CourseStatus.APPROVED_WITH_CONDITIONS && status != CourseStatus.APPROVED) {
            throw new ConflictException("status", "Conditions are answered while the course is approved.");
        }
        return conditions.stream().filter(c -> c.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Condition", number));
    }

    /** Whether a condition is past its due date without being signed off. */
    public boolean hasOverdueConditions(LocalDate today) {
        return conditions.stream().anyMatch(c -> c.isOverdue(today));
    }

    /** The provider's return for the earliest year due; refused before the window of the first one opens. */
    public AnnualReturn fileAnnualReturn(Integer cohorts, Integer participants, String evaluationSummary,
                                         String changes, long by, LocalDate today, Instant now) {
        if (approvalCode == null || !status.accredited()) {
            throw new ConflictException("status", "Annual returns are filed for an accredited course.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (cohorts == null || cohorts < 0 || cohorts > 10_000) {
            problems.add(new FieldProblem("cohorts", "Give the number of cohorts that ran (0 to 10,000)."));
        }
        if (participants == null || participants < 0 || participants > 1_000_000) {
            problems.add(new FieldProblem("participants", "Give the number of participants (0 to 1,000,000)."));
        }
        if (evaluationSummary == null || evaluationSummary.isBlank() || evaluationSummary.trim().length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("evaluationSummary",
                    "Summarise what the evaluation found (at most 8,000 characters)."));
        }
        if (changes != null && changes.trim().length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("changes", "Use at most 8,000 characters."));
        }
        InvalidInputException.throwIfAny(problems);
        int year = nextReturnYear(today).orElseThrow(() -> new ConflictException("year", "No annual return is open: "
                + "the next may be filed from " + DateText.day(returnOpensOn(filedYears().size() + 1)) + "."));
        AnnualReturn filed = new AnnualReturn(this, year, cohorts, participants, evaluationSummary, changes, by, now);
        annualReturns.add(filed);
        return filed;
    }

    private Set<Integer> filedYears() {
        Set<Integer> years = new HashSet<>();
        annualReturns.forEach(r -> years.add(r.getYearNumber()));
        return years;
    }

    /** The year a return covers ends on the n-th anniversary of the approval. */
    public LocalDate returnDueOn(int year) {
        return validFrom.plusYears(year).plusDays(RETURN_WINDOW_DAYS);
    }

    private LocalDate returnOpensOn(int year) {
        return validFrom.plusYears(year).minusDays(RETURN_WINDOW_DAYS);
    }

    private int yearsCovered() {
        int years = 0;
        while (!validFrom.plusYears(years).isAfter(validUntil)) {
            years++;
        }
        return years;
    }

    /** The year whose annual return may be filed today, if one may. */
    public Optional<Integer> openReturnYear(LocalDate today) {
        return approvalCode == null || validFrom == null || !status.accredited() ? Optional.empty()
                : nextReturnYear(today);
    }

    /** The day the next annual return may be filed from; null when every year's return is filed. */
    public LocalDate nextReturnOpensOn() {
        if (validFrom == null) {
            return null;
        }
        Set<Integer> filed = filedYears();
        for (int year = 1; year <= yearsCovered(); year++) {
            if (!filed.contains(year)) {
                return returnOpensOn(year);
            }
        }
        return null;
    }

    private Optional<Integer> nextReturnYear(LocalDate today) {
        Set<Integer> filed = filedYears();
        for (int year = 1; year <= yearsCovered(); year++) {
            if (!filed.contains(year)) {
                return today.isBefore(returnOpensOn(year)) ? Optional.empty() : Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** The years whose return is past due and not filed (none for a course that is no longer accredited). */
    public List<Integer> overdueReturns(LocalDate today) {
        if (approvalCode == null || validFrom == null || !status.accredited()) {
            return List.of();
        }
        Set<Integer> filed = filedYears();
        List<Integer> overdue = new ArrayList<>();
        for (int year = 1; year <= yearsCovered(); year++) {
            if (!filed.contains(year) && today.isAfter(returnDueOn(year))) {
                overdue.add(year);
            }
        }
        return overdue;
    }

    /** The provider appeals against a refusal, once per refusal. */
    public void lodgeAppeal(String grounds, long by, Instant now) {
        requireStatus(CourseStatus.REFUSED, "be appealed");
        if (appeals.stream().anyMatch(CourseAppeal::isOpen)) {
            throw new ConflictException("appeal", "An appeal against this refusal is already waiting for a decision.");
        }
        if (decidedAt != null && appeals.stream().anyMatch(a -> a.getLodgedAt().isAfter(decidedAt))) {
            throw new ConflictException("appeal", "This refusal has already been appealed.");
        }
        if (grounds == null || grounds.isBlank() || grounds.trim().length() > NOTE_LENGTH) {
            throw InvalidInputException.of("grounds", "Give the grounds of the appeal (at most 8,000 characters).");
        }
        appeals.add(new CourseAppeal(this, grounds, by, now));
    }

    /** The body decides an appeal: upheld, the course is reviewed again in a new round; dismissed, it stays refused. */
    public void decideAppeal(AppealOutcome outcome, String note, long by, Instant now) {
        CourseAppeal appeal = appeals.stream().filter(CourseAppeal::isOpen).findFirst()
                .orElseThrow(() -> new ConflictException("appeal", "No appeal is waiting for a decision."));
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Choose whether the appeal is upheld or dismissed."));
        }
        if (note == null || note.isBlank() || note.trim().length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("note", "Give the reasons (at most 8,000 characters)."));
        }
        InvalidInputException.throwIfAny(problems);
        appeal.decide(outcome, note, by, now);
        if (outcome == AppealOutcome.UPHELD) {
            startRound(CourseStatus.UNDER_REVIEW);
        }
    }

    /**
     * The body withdraws its accreditation from a date (today or later), with a reason; completions dated before
     * it stay valid.
     */
    public void withdraw(String reason, LocalDate effectiveOn, LocalDate today) {
        if (!status.mayBecome(CourseStatus.WITHDRAWN)) {
            throw new ConflictException("status", "Only an approved course can be withdrawn.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank() || reason.trim().length() > 2000) {
            problems.add(new FieldProblem("reason", "Give the reason for the withdrawal (at most 2,000 characters)."));
        }
        if (effectiveOn == null || effectiveOn.isBefore(today)) {
            problems.add(new FieldProblem("effectiveOn", "A withdrawal takes effect today or later."));
        }
        InvalidInputException.throwIfAny(problems);
        move(CourseStatus.WITHDRAWN, "withdrawn");
        withdrawalReason = reason.trim();
        endsOn = validUntil != null && effectiveOn.isAfter(validUntil) ? validUntil.plusDays(1) : effectiveOn;
    }

    /**
     * With a withdrawal, the body also revokes the credentials of the completions recorded so far (a finding
     * about the course itself, say), and none are issued for them from now on. Without it, completions dated
     * before the withdrawal keep their credentials, as they keep counting as accredited CPD.
     */
    public void revokeCompletionCredentials() {
        if (status != CourseStatus.WITHDRAWN) {
            throw new ConflictException("revokeCredentials", "Only a withdrawal revokes the credentials of a"
                    + " course's completions.");
        }
        credentialsRevoked = true;
    }

    /** Marks an approved course expired once its validity has passed; true when it did. */
    public boolean expireIfDue(LocalDate today) {
        if (status.accredited() && validUntil != null && today.isAfter(validUntil)) {
            move(CourseStatus.EXPIRED, "expired");
            return true;
        }
        return false;
    }

    /** Whether a completion on this date counts as accredited CPD. */
    public boolean accreditedOn(LocalDate date) {
        return approvalCode != null && validFrom != null && !date.isBefore(validFrom) && !date.isAfter(validUntil)
                && (endsOn == null || date.isBefore(endsOn));
    }

    /** Whether the public directory lists the course on this date: approved, and its accreditation not over. */
    public boolean listedOn(LocalDate date) {
        return approvalCode != null && !date.isAfter(validUntil) && (endsOn == null || date.isBefore(endsOn));
    }

    /** Why a completion on this date with these hours cannot be recorded, if it cannot. */
    public Optional<FieldProblem> completionProblem(CompletionRow row, LocalDate today) {
        String prefix = row.where();
        LocalDate completedOn = row.completedOn();
        BigDecimal hours = row.hours();
        if (completedOn == null) {
            return Optional.of(new FieldProblem(prefix + "completedOn", "Give the date the course was completed."));
        }
        if (completedOn.isAfter(today)) {
            return Optional.of(new FieldProblem(prefix + "completedOn", "A completion cannot be in the future."));
        }
        if (!accreditedOn(completedOn)) {
            return Optional.of(new FieldProblem(prefix + "completedOn", outsideValidity(completedOn)));
        }
        if (hours == null || hours.signum() <= 0 || hours.remainder(CourseSession.QUARTER).signum() != 0) {
            return Optional.of(new FieldProblem(prefix + "hours", "Hours attended are quarter hours, more than 0."));
        }
        if (hours.compareTo(credits) > 0) {
            return Optional.of(new FieldProblem(prefix + "hours", "More than the course's "
                    + credits.stripTrailingZeros().toPlainString() + " credits."));
        }
        return Optional.empty();
    }

    private String outsideValidity(LocalDate date) {
        if (approvalCode == null) {
            return "The course is not accredited.";
        }
        if (date.isBefore(validFrom)) {
            return "Before the accreditation started on " + DateText.day(validFrom) + ".";
        }
        if (endsOn != null && !date.isBefore(endsOn)) {
            return "On or after " + DateText.day(endsOn) + ", when the accreditation ended.";
        }
        return "After the accreditation ended on " + DateText.day(validUntil) + ".";
    }

    /** The words a verified CPD activity carries to say where it came from. */
    public String verifiedSource(String providerName) {
        String source = title + " (" + providerName + "), approval " + approvalCode;
        return source.length() > 300 ? source.substring(0, 299) + "…" : source;
    }

    private void move(CourseStatus next, String verb) {
        if (!status.mayBecome(next)) {
            throw new ConflictException("status", "A course in this status cannot be " + verb + ".");
        }
        status = next;
    }

    private void requireStatus(CourseStatus expected, String verb) {
        if (status != expected) {
            throw new ConflictException("status", "A course in this status cannot " + verb + ".");
        }
    }

    public boolean isOwnedBy(long provider) {
        return providerId == provider;
    }

    public List<CourseSession> sessions() {
        return sessions.stream().map(ScheduledSession::toSession).toList();
    }

    public Long getId() { return id; }
    public Long getProviderId() { return providerId; }
    public Long getBodyId() { return bodyId; }
    public CourseStatus getStatus() { return status; }
    public CourseKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getAudience() { return audience; }
    public Delivery getDelivery() { return delivery; }
    public String getLocation() { return location; }
    public String getFaculty() { return faculty; }
    public String getAssessmentMethod() { return assessmentMethod; }
    public String getEvaluationMethod() { return evaluationMethod; }
    public boolean isSponsored() { return sponsored; }
    public String getSponsorship() { return sponsorship; }
    public List<LearningOutcome> getOutcomes() { return List.copyOf(outcomes); }
    public String getChangeNotice() { return changeNotice; }
    public Instant getCreatedAt() { return createdAt; }
    public LocalDate getFirstSubmittedOn() { return firstSubmittedOn; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getAdminCheckNote() { return adminCheckNote; }
    public Instant getAdminCheckedAt() { return adminCheckedAt; }
    public int getRound() { return round; }
    public List<CourseReview> getReviews() { return List.copyOf(reviews); }
    public CourseDecision getDecision() { return decision; }
    public String getDecisionNote() { return decisionNote; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getApprovalCode() { return approvalCode; }
    public BigDecimal getCredits() { return credits; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public boolean isCredentialsRevoked() { return credentialsRevoked; }
    public List<CourseCondition> getConditions() { return List.copyOf(conditions); }
    public List<AnnualReturn> getAnnualReturns() { return List.copyOf(annualReturns); }
    public List<CourseAppeal> getAppeals() { return List.copyOf(appeals); }
}
