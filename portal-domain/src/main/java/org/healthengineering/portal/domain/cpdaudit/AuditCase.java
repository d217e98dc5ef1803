package org.healthengineering.portal.domain.cpdaudit;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.evidence.EvidenceFile;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One sampled registrant's part in an audit campaign, from selection to outcome. The case owns everything that
 * happens to it: the registrant's response and deferral, the profile drafted and, on each submission, frozen as a
 * snapshot of the activities of the period (copied, so later edits to the CPD log change nothing); the assessors of
 * each round and their grades, a moderator where they disagree; the body's outcome; the appeal. The rules of every
 * step live here: a service only loads the case, checks who may act, calls the step and records it.
 * <p>
 * Lifecycle: {@link CaseState#SELECTED} → responded (profile to follow / deferral requested / not practising) →
 * submitted → under assessment → met / more information requested (back to the registrant, resubmitted as a new
 * round with the same assessors) / not met; an extension gives a new deadline; without a submission by the deadline
 * the case becomes non-engaged; an appeal against not met or non-engaged is lodged within
 * {@value #APPEAL_DAYS} days and decided.
 */
@Entity
@Table(name = "audit_case")
public class AuditCase implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 20_000;
    public static final int REASON_LENGTH = 2_000;
    public static final int GROUNDS_LENGTH = 4_000;
    public static final int APPEAL_DAYS = 28;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private Long campaignId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long registrantId;

    @Column(name = "stratum", nullable = false, updatable = false, length = EligibleRegistrant.STRATUM_LENGTH)
    private String stratum;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 30)
    private SampleSelection.Reason reason;

    @Column(name = "place", nullable = false, updatable = false)
    private int place;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    private String hash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private CaseState state;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "round", nullable = false)
    private int round;

    @Column(name = "summary")
    private String summary;

    @Column(name = "statement")
    private String statement;

    @Column(name = "submitted_summary")
    private String submittedSummary;

    @Column(name = "submitted_statement")
    private String submittedStatement;

    @Column(name = "response_reason", length = REASON_LENGTH)
    private String responseReason;

    @Column(name = "deferral_note", length = REASON_LENGTH)
    private String deferralNote;

    @Column(name = "more_information", length = REASON_LENGTH)
    private String moreInformation;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private CaseOutcome outcome;

    @Column(name = "outcome_note", length = REASON_LENGTH)
    private String outcomeNote;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "appeal_grounds", length = GROUNDS_LENGTH)
    private String appealGrounds;

    @Enumerated(EnumType.STRING)
    @Column(name = "appealed_state", length = 30)
    private CaseState appealedState;

    @Column(name = "appeal_lodged_on")
    private LocalDate appealLodgedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_decision", length = 20)
    private AppealDecision appealDecision;

    @Column(name = "appeal_reason", length = REASON_LENGTH)
    private String appealReason;

    @Column(name = "appeal_decided_on")
    private LocalDate appealDecidedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_case_choice", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "activity_id")
    private List<Long> choices = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_case_activity", joinColumns = @JoinColumn(name = "case_id"))
    private Set<ProfileActivity> snapshot = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_case_evidence", joinColumns = @JoinColumn(name = "case_id"))
    private Set<ProfileEvidence> evidence = new HashSet<>();

    @OneToMany(mappedBy = "auditCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<CaseAssessment> assessments = new ArrayList<>();

    @Version
    @Column(name = "version")
    private int version;

    protected AuditCase() {
    }

    /** A registrant sampled by a campaign, owing a profile by the campaign's deadline. */
    public static AuditCase select(long campaignId, SampleSelection.Sampled sampled, LocalDate deadline, Instant now) {
        AuditCase c = new AuditCase();
        c.campaignId = campaignId;
        c.registrantId = sampled.registrantId();
        c.stratum = sampled.stratum();
        c.reason = sampled.reason();
        c.place = sampled.place();
        c.hash = sampled.hash();
        c.state = CaseState.SELECTED;
        c.deadline = deadline;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** Takes the id the database gave a case written in bulk over JDBC when its campaign's sample was drawn. */
    public void stored(long generatedId) {
        if (id != null) {
            throw new IllegalStateException("Case " + id + " is already stored");
        }
        this.id = generatedId;
    }

    /** The sampled registrant as the selection recorded it (for verification). */
    public SampleSelection.Sampled sampled() {
        return new SampleSelection.Sampled(registrantId, stratum, reason, place, hash);
    }

    // ---------------------------------------------------------------- the registrant

    /** The registrant answers the selection; a deferral needs its reason (illness, parental leave, ...). */
    public void respond(CaseResponse response, String why, LocalDate today, Instant now) {
        if (state == CaseState.MORE_INFORMATION_REQUESTED && response == CaseResponse.PROFILE_TO_FOLLOW) {
            requireBeforeDeadline(today);
            return;
        }
        if (state != CaseState.SELECTED && state != CaseState.PROFILE_TO_FOLLOW) {
            throw new ConflictException("response", "This case is " + words(state) + ": the response no longer"
                    + " changes.");
        }
        requireBeforeDeadline(today);
        if (response == null) {
            throw InvalidInputException.of("response", "Choose a response.");
        }
        String text = why == null || why.isBlank() ? null : why.trim();
        if (text != null && text.length() > REASON_LENGTH) {
            throw InvalidInputException.of("reason", "Give the reason in at most " + REASON_LENGTH + " characters.");
        }
        switch (response) {
            case PROFILE_TO_FOLLOW -> state = CaseState.PROFILE_TO_FOLLOW;
            case DEFERRAL_REQUESTED -> {
                if (text == null) {
                    throw InvalidInputException.of("reason", "Say why you ask to defer (illness, parental leave, ...).");
                }
                state = CaseState.DEFERRAL_REQUESTED;
            }
            case NOT_PRACTISING -> state = CaseState.NOT_PRACTISING;
        }
        responseReason = text;
        updatedAt = now;
    }

    /**
     * The registrant saves the profile being drafted: summary, statement, chosen activities. Lengths and choices
     * are checked now; the word limits and the number of activities when it is submitted.
     *
     * @param logged the ids of the registrant's activities in the audit period
     */
    public void draft(String summaryText, String statementText, List<Long> chosen, Set<Long> logged,
                      LocalDate today, Instant now) {
        requireAwaitingProfile("summary");
        requireBeforeDeadline(today);
        List<FieldProblem> problems = new ArrayList<>();
        if (summaryText != null && summaryText.length() > TEXT_LENGTH) {
            problems.add(new FieldProblem("summary", "Keep the summary under " + TEXT_LENGTH + " characters."));
        }
        if (statementText != null && statementText.length() > TEXT_LENGTH) {
            problems.add(new FieldProblem("statement", "Keep the statement under " + TEXT_LENGTH + " characters."));
        }
        List<Long> picked = chosen == null ? List.of() : chosen;
        if (new HashSet<>(picked).size() != picked.size()) {
            problems.add(new FieldProblem("activities", "Choose each activity once."));
        }
        if (picked.size() > ProfileRules.MOST_ACTIVITIES) {
            problems.add(new FieldProblem("activities", "Choose at most " + ProfileRules.MOST_ACTIVITIES
                    + " activities."));
        }
        if (!logged.containsAll(picked)) {
            problems.add(new FieldProblem("activities", "Choose only activities you logged in the audit period."));
        }
        InvalidInputException.throwIfAny(problems);
        summary = summaryText == null || summaryText.isBlank() ? null : summaryText.strip();
        statement = statementText == null || statementText.isBlank() ? null : statementText.strip();
        choices.clear();
        choices.addAll(picked);
        if (state == CaseState.SELECTED) {
            state = CaseState.PROFILE_TO_FOLLOW;
        }
        updatedAt = now;
    }

    /**
     * The registrant submits the profile: it must meet {@link ProfileRules}; it is then frozen as a snapshot of
     * every activity of the period, the chosen ones marked, with the evidence files of the chosen ones. A
     * resubmission after more information was requested goes back to the same two assessors for a new round.
     *
     * @param logged   the registrant's activities in the audit period, as they are now
     * @param files    the evidence files of those activities
     */
    public void submit(List<CpdActivity> logged, List<EvidenceFile> files, LocalDate today, Instant now) {
        requireAwaitingProfile("submission");
        requireBeforeDeadline(today);
        Set<Long> loggedIds = new HashSet<>();
        logged.forEach(a -> loggedIds.add(a.getId()));
        InvalidInputException.throwIfAny(ProfileRules.problems(summary, statement, choices, loggedIds));
        Optional<CaseAssessment> first = current(AssessorPart.FIRST);
        Optional<CaseAssessment> second = current(AssessorPart.SECOND);
        round++;
        Set<Long> chosen = new HashSet<>(choices);
        logged.forEach(a -> snapshot.add(ProfileActivity.copy(round, a, chosen.contains(a.getId()))));
        files.stream().filter(f -> f.getActivityId() != null && chosen.contains(f.getActivityId()))
                .forEach(f -> evidence.add(ProfileEvidence.copy(round, f)));
        submittedAt = now;
        submittedSummary = summary;
        submittedStatement = statement;
        moreInformation = state == CaseState.MORE_INFORMATION_REQUESTED ? moreInformation : null;
        if (first.isPresent() && second.isPresent()) {
            assessments.add(new CaseAssessment(this, round, AssessorPart.FIRST, first.get().getAssessorId(), now));
            assessments.add(new CaseAssessment(this, round, AssessorPart.SECOND, second.get().getAssessorId(), now));
            state = CaseState.UNDER_ASSESSMENT;
        } else {
            state = CaseState.SUBMITTED;
        }
        updatedAt = now;
    }

    // ---------------------------------------------------------------- the body administrator

    /** A body administrator grants or refuses a deferral; a refusal says why, and the profile is due as before. */
    public void decideDeferral(boolean granted, String note, Instant now) {
        if (state != CaseState.DEFERRAL_REQUESTED) {
            throw new ConflictException("granted", "No deferral is waiting for a decision on this case.");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > REASON_LENGTH) {
            throw InvalidInputException.of("note", "Keep the note under " + REASON_LENGTH + " characters.");
        }
        if (!granted && text == null) {
            throw InvalidInputException.of("note", "Say why the deferral is refused.");
        }
        deferralNote = text;
        state = granted ? CaseState.DEFERRED : CaseState.PROFILE_TO_FOLLOW;
        updatedAt = now;
    }

    /**
     * Names the two assessors of the current round (replacing any who have not graded yet). The checks that need
     * other accounts' roles and titles are {@link AssessorRules}'; here: two different people, neither the
     * registrant, and nobody replaced after grading.
     */
    public void assignAssessors(long first, long second, Instant now) {
        if (state != CaseState.SUBMITTED && state != CaseState.UNDER_ASSESSMENT) {
            throw new ConflictException("first", "Assessors are assigned once the profile is submitted; this case is "
                    + words(state) + ".");
        }
        if (first == second || first == registrantId || second == registrantId) {
            throw InvalidInputException.of("second", "Name two different assessors, neither of them the registrant.");
        }
        if (assessments.stream().anyMatch(a -> a.getRound() == round && a.isGraded())) {
            throw new ConflictException("first", "An assessor has graded this profile already: the assessors stay.");
        }
        assessments.removeIf(a -> a.getRound() == round);
        assessments.add(new CaseAssessment(this, round, AssessorPart.FIRST, first, now));
        assessments.add(new CaseAssessment(this, round, AssessorPart.SECOND, second, now));
        state = CaseState.UNDER_ASSESSMENT;
        updatedAt = now;
    }

    /** Names a moderator for the standards the two assessors disagree on. */
    public void assignModerator(long moderator, Set<String> standards, Instant now) {
        if (state != CaseState.UNDER_ASSESSMENT || verdict(standards) != Moderation.Verdict.NEEDS_MODERATION) {
            throw new ConflictException("moderator", "A moderator is named when both assessors have graded and"
                    + " disagree on a standard.");
        }
        if (moderator == registrantId || moderator == assessorOf(AssessorPart.FIRST)
                || moderator == assessorOf(AssessorPart.SECOND)) {
            throw InvalidInputException.of("moderator", "The moderator is a third person, not the registrant.");
        }
        if (current(AssessorPart.MODERATOR).filter(CaseAssessment::isGraded).isPresent()) {
            throw new ConflictException("moderator", "The moderator has graded already.");
        }
        assessments.removeIf(a -> a.getRound() == round && a.getPart() == AssessorPart.MODERATOR);
        assessments.add(new CaseAssessment(this, round, AssessorPart.MODERATOR, moderator, now));
        updatedAt = now;
    }

    /**
     * The body administrator records the outcome. Met needs the assessors' verdict to be met; not met and more
     * information need a complete verdict and a note (for more information: exactly what is missing) and more
     * information a new deadline; an extension (a new, later deadline) is given while a profile is owed, or to a
     * non-engaged registrant, who then owes it again.
     */
    public void recordOutcome(CaseOutcome decided, String note, LocalDate newDeadline, Set<String> standards,
                              LocalDate today, Instant now) {
        if (decided == null) {
            throw InvalidInputException.of("outcome", "Choose an outcome.");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        List<FieldProblem> problems = new ArrayList<>();
        if (text != null && text.length() > REASON_LENGTH) {
            problems.add(new FieldProblem("note", "Keep the note under " + REASON_LENGTH + " characters."));
        }
        boolean needsDeadline = decided == CaseOutcome.MORE_INFORMATION || decided == CaseOutcome.EXTENSION_GRANTED;
        if (needsDeadline && (newDeadline == null || !newDeadline.isAfter(today)
                || newDeadline.isAfter(today.plusYears(1)))) {
            problems.add(new FieldProblem("newDeadline", "Give a new deadline after today and within a year."));
        }
        if (!needsDeadline && newDeadline != null) {
            problems.add(new FieldProblem("newDeadline", "Only more information and an extension set a new deadline."));
        }
        if ((decided == CaseOutcome.MORE_INFORMATION || decided == CaseOutcome.DOES_NOT_MEET) && text == null) {
            problems.add(new FieldProblem("note", decided == CaseOutcome.MORE_INFORMATION
                    ? "Say exactly what is missing." : "Say why the profile does not meet the standards."));
        }
        InvalidInputException.throwIfAny(problems);
        if (decided == CaseOutcome.EXTENSION_GRANTED) {
            if (!state.awaitsProfile() && state != CaseState.NON_ENGAGED) {
                throw new ConflictException("outcome", "An extension is given while a profile is owed or after the"
                        + " deadline passed; this case is " + words(state) + ".");
            }
            if (!newDeadline.isAfter(deadline)) {
                throw InvalidInputException.of("newDeadline", "An extension sets a deadline after the present one, "
                        + DateText.day(deadline) + ".");
            }
            deadline = newDeadline;
            if (state == CaseState.NON_ENGAGED) {
                state = CaseState.PROFILE_TO_FOLLOW;
            }
        } else {
            if (state != CaseState.UNDER_ASSESSMENT) {
                throw new ConflictException("outcome", "An outcome is recorded once the profile is assessed; this case"
                        + " is " + words(state) + ".");
            }
            Moderation.Verdict verdict = verdict(standards);
            if (verdict == Moderation.Verdict.INCOMPLETE || verdict == Moderation.Verdict.NEEDS_MODERATION) {
                throw new ConflictException("outcome", verdict == Moderation.Verdict.INCOMPLETE
                        ? "Both assessors grade every standard before the outcome."
                        : "The assessors disagree: a moderator decides first.");
            }
            if (decided == CaseOutcome.MEETS && verdict != Moderation.Verdict.MEETS) {
                throw new ConflictException("outcome", "The grades do not show every standard met.");
            }
            if (decided == CaseOutcome.DOES_NOT_MEET && verdict == Moderation.Verdict.MEETS) {
                throw new ConflictException("outcome", "The grades show every standard met.");
            }
            switch (decided) {
                case MEETS -> state = CaseState.MET;
                case DOES_NOT_MEET -> state = CaseState.NOT_MET;
                default -> {
                    state = CaseState.MORE_INFORMATION_REQUESTED;
                    moreInformation = text;
                    deadline = newDeadline;
                }
            }
        }
        outcome = decided;
        outcomeNote = text;
        outcomeOn = today;
        updatedAt = now;
    }

    // ---------------------------------------------------------------- assessors

    /**
     * An assigned assessor (first or second) grades every standard; each declares no conflict of interest with the
     * registrant (one who has a conflict tells the body, which names another). Grades once per round.
     */
    public void grade(long assessorId, List<StandardGrade.Given> given, boolean declaresNoConflict,
                      Set<String> standards, Instant now) {
        CaseAssessment assessment = assessmentOf(assessorId)
                .filter(a -> a.getPart() != AssessorPart.MODERATOR)
                .orElseThrow(() -> new ConflictException("grades", "You are not an assessor of this profile's"
                        + " current round."));
        if (state != CaseState.UNDER_ASSESSMENT || assessment.isGraded()) {
            throw new ConflictException("grades", assessment.isGraded() ? "You graded this profile already."
                    : "This profile is not waiting for grades.");
        }
        assessment.record(checked(given, standards, declaresNoConflict), now);
        updatedAt = now;
    }

    /** The moderator grades exactly the standards the two assessors disagree on. */
    public void moderate(long moderatorId, List<StandardGrade.Given> given, boolean declaresNoConflict,
                         Set<String> standards, Instant now) {
        CaseAssessment assessment = current(AssessorPart.MODERATOR)
                .filter(a -> a.getAssessorId() == moderatorId)
                .orElseThrow(() -> new ConflictException("grades", "You do not moderate this profile."));
        if (state != CaseState.UNDER_ASSESSMENT || assessment.isGraded()) {
            throw new ConflictException("grades", "This profile is not waiting for moderation.");
        }
        assessment.record(checked(given, disputed(standards), declaresNoConflict), now);
        updatedAt = now;
    }

    private static List<StandardGrade> checked(List<StandardGrade.Given> given, Set<String> expected,
                                               boolean declaresNoConflict) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!declaresNoConflict) {
            problems.add(new FieldProblem("declaresNoConflict", "Declare that you have no conflict of interest with"
                    + " this registrant; if you have one, tell the body so that it names another assessor."));
        }
        List<StandardGrade> grades = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<StandardGrade.Given> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            StandardGrade.Given g = list.get(i);
            String at = "grades[" + i + "]";
            String code = g == null || g.standard() == null ? "" : g.standard().trim().toUpperCase(java.util.Locale.ROOT);
            if (!expected.contains(code)) {
                problems.add(new FieldProblem(at + ".standard", "Grade only the standards " + String.join(", ", expected)
                        + "."));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem(at + ".standard", "Grade " + code + " once."));
            }
            if (g == null || g.grade() == null) {
                problems.add(new FieldProblem(at + ".grade", "Choose met, partly met or not met."));
            }
            String comment = g == null || g.comment() == null || g.comment().isBlank() ? null : g.comment().trim();
            if (comment != null && comment.length() > StandardGrade.COMMENT_LENGTH) {
                problems.add(new FieldProblem(at + ".comment", "Keep the comment under " + StandardGrade.COMMENT_LENGTH
                        + " characters."));
            }
            if (comment == null && g != null && g.grade() != null && g.grade() != Grade.MET) {
                problems.add(new FieldProblem(at + ".comment", "Say what is missing when a standard is not fully met."));
            }
            if (g != null && g.grade() != null) {
                grades.add(new StandardGrade(code, g.grade(), comment));
            }
        }
        Set<String> missing = new java.util.TreeSet<>(expected);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("grades", "Grade every standard; missing: " + String.join(", ", missing) + "."));
        }
        InvalidInputException.throwIfAny(problems);
        return grades;
    }

    // ---------------------------------------------------------------- deadline and appeal

    /** The deadline has passed without a profile: the case becomes non-engaged. Answers whether it changed. */
    public boolean lapse(LocalDate today, Instant now) {
        if (!state.awaitsProfile() || !AuditDeadline.passed(deadline, today)) {
            return false;
        }
        state = CaseState.NON_ENGAGED;
        outcomeOn = today;
        updatedAt = now;
        return true;
    }

    /** The registrant appeals against not met or non-engaged, within {@value #APPEAL_DAYS} days. */
    public void lodgeAppeal(String grounds, LocalDate today, Instant now) {
        if (state != CaseState.NOT_MET && state != CaseState.NON_ENGAGED) {
            throw new ConflictException("grounds", "An appeal is against an outcome of not met or non-engaged; this"
                    + " case is " + words(state) + ".");
        }
        if (outcomeOn != null && today.isAfter(outcomeOn.plusDays(APPEAL_DAYS))) {
            throw new ConflictException("grounds", "An appeal is lodged within " + APPEAL_DAYS + " days of the"
                    + " outcome, " + DateText.day(outcomeOn) + ".");
        }
        String text = grounds == null ? "" : grounds.trim();
        if (text.isEmpty() || text.length() > GROUNDS_LENGTH) {
            throw InvalidInputException.of("grounds", "Give the grounds of the appeal in at most " + GROUNDS_LENGTH
                    + " characters.");
        }
        appealGrounds = text;
        appealedState = state;
        appealLodgedOn = today;
        appealDecision = null;
        appealReason = null;
        appealDecidedOn = null;
        state = CaseState.APPEAL_LODGED;
        updatedAt = now;
    }

    /**
     * A body administrator decides the appeal, saying why. Upheld against not met, the standards are met; upheld
     * against non-engagement, the registrant owes the profile by a new deadline. Dismissed, the outcome stands.
     */
    public void decideAppeal(AppealDecision decision, String why, LocalDate newDeadline, LocalDate today,
                             Instant now) {
        if (state != CaseState.APPEAL_LODGED) {
            throw new ConflictException("decision", "No appeal is waiting for a decision on this case.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldProblem("decision", "Choose upheld or dismissed."));
        }
        String text = why == null ? "" : why.trim();
        if (text.isEmpty() || text.length() > REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "Give the reason in at most " + REASON_LENGTH + " characters."));
        }
        boolean reopens = decision == AppealDecision.UPHELD && appealedState == CaseState.NON_ENGAGED;
        if (reopens && (newDeadline == null || !newDeadline.isAfter(today) || newDeadline.isAfter(today.plusYears(1)))) {
            problems.add(new FieldProblem("newDeadline", "An upheld appeal against non-engagement sets a new deadline"
                    + " after today and within a year."));
        }
        if (!reopens && newDeadline != null) {
            problems.add(new FieldProblem("newDeadline", "Only an upheld appeal against non-engagement sets a new"
                    + " deadline."));
        }
        InvalidInputException.throwIfAny(problems);
        appealDecision = decision;
        appealReason = text;
        appealDecidedOn = today;
        if (decision == AppealDecision.DISMISSED) {
            state = appealedState;
        } else if (reopens) {
            state = CaseState.PROFILE_TO_FOLLOW;
            deadline = newDeadline;
        } else {
            state = CaseState.MET;
            outcome = CaseOutcome.MEETS;
            outcomeOn = today;
        }
        updatedAt = now;
    }

    // ---------------------------------------------------------------- reading

    /** What the grades of the current round come to (see {@link Moderation}). */
    public Moderation.Verdict verdict(Set<String> standards) {
        Map<String, Grade> first = current(AssessorPart.FIRST).filter(CaseAssessment::isGraded)
                .map(CaseAssessment::gradeMap).orElse(Map.of());
        Map<String, Grade> second = current(AssessorPart.SECOND).filter(CaseAssessment::isGraded)
                .map(CaseAssessment::gradeMap).orElse(Map.of());
        Optional<Map<String, Grade>> moderator = current(AssessorPart.MODERATOR).filter(CaseAssessment::isGraded)
                .map(CaseAssessment::gradeMap);
        return Moderation.verdict(standards, first, second, moderator);
    }

    /** The standards the two assessors of the current round disagree on. */
    public Set<String> disputed(Set<String> standards) {
        return Moderation.disputed(standards,
                current(AssessorPart.FIRST).map(CaseAssessment::gradeMap).orElse(Map.of()),
                current(AssessorPart.SECOND).map(CaseAssessment::gradeMap).orElse(Map.of()));
    }

    /** Whether the account assesses or moderates this case in any round. */
    public boolean isAssessedBy(long accountId) {
        return assessments.stream().anyMatch(a -> a.getAssessorId() == accountId);
    }

    public boolean isOf(long accountId) {
        return registrantId == accountId;
    }

    /** The account's assessment in the current round, if it has one. */
    public Optional<CaseAssessment> assessmentOf(long accountId) {
        return assessments.stream().filter(a -> a.getRound() == round && a.getAssessorId() == accountId).findFirst();
    }

    /** The assessment of one part in the current round. */
    public Optional<CaseAssessment> current(AssessorPart part) {
        return assessments.stream().filter(a -> a.getRound() == round && a.getPart() == part).findFirst();
    }

    private long assessorOf(AssessorPart part) {
        return current(part).map(CaseAssessment::getAssessorId).orElse(-1L);
    }

    /** The assessments of the current round, first, second, moderator. */
    public List<CaseAssessment> currentAssessments() {
        return assessments.stream().filter(a -> a.getRound() == round)
                .sorted(Comparator.comparing(CaseAssessment::getPart)).toList();
    }

    /** The activities of the latest submitted profile, chosen ones first, then by date. */
    public List<ProfileActivity> submittedActivities() {
        return snapshot.stream().filter(a -> a.getRound() == round)
                .sorted(Comparator.comparing((ProfileActivity a) -> !a.isChosen()).thenComparing(ProfileActivity::getEnd)
                        .thenComparing(ProfileActivity::getActivityId)).toList();
    }

    /** The evidence files of the latest submitted profile. */
    public List<ProfileEvidence> submittedEvidence() {
        return evidence.stream().filter(e -> e.getRound() == round)
                .sorted(Comparator.comparing(ProfileEvidence::getActivityId).thenComparing(ProfileEvidence::getEvidenceId))
                .toList();
    }

    /** Whether the deadline has passed while a profile is still owed. */
    public boolean isOverdue(LocalDate today) {
        return state.awaitsProfile() && AuditDeadline.passed(deadline, today) || state == CaseState.NON_ENGAGED;
    }

    private void requireAwaitingProfile(String field) {
        if (!state.awaitsProfile()) {
            throw new ConflictException(field, "This case is " + words(state) + ": the profile no longer changes.");
        }
    }

    private void requireBeforeDeadline(LocalDate today) {
        if (AuditDeadline.passed(deadline, today)) {
            throw new ConflictException("deadline", "The deadline, " + DateText.day(deadline) + ", has passed; ask"
                    + " the body for an extension.");
        }
    }

    private static String words(CaseState state) {
        return state.phrase();
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getRegistrantId() {
        return registrantId;
    }

    public String getStratum() {
        return stratum;
    }

    public SampleSelection.Reason getReason() {
        return reason;
    }

    public int getPlace() {
        return place;
    }

    public String getHash() {
        return hash;
    }

    public CaseState getState() {
        return state;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public int getRound() {
        return round;
    }

    public String getSummary() {
        return summary;
    }

    public String getStatement() {
        return statement;
    }

    /** The summary of practice as submitted (frozen), or null before the first submission. */
    public String getSubmittedSummary() {
        return submittedSummary;
    }

    /** The statement as submitted (frozen), or null before the first submission. */
    public String getSubmittedStatement() {
        return submittedStatement;
    }

    public List<Long> getChoices() {
        return List.copyOf(choices);
    }

    public String getResponseReason() {
        return responseReason;
    }

    public String getDeferralNote() {
        return deferralNote;
    }

    public String getMoreInformation() {
        return moreInformation;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public String getAppealGrounds() {
        return appealGrounds;
    }

    public LocalDate getAppealLodgedOn() {
        return appealLodgedOn;
    }

    public AppealDecision getAppealDecision() {
        return appealDecision;
    }

    public String getAppealReason() {
        return appealReason;
    }

    public LocalDate getAppealDecidedOn() {
        return appealDecidedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
