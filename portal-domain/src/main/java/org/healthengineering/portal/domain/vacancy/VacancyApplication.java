package org.healthengineering.portal.domain.vacancy;

import org.healthengineering.portal.domain.evidence.EvidenceRef;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.DateText;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An engineer's application to a vacancy: a supporting statement for each criterion that needs one (and any other
 * they choose to write), evidence by reference to their own records, and the declaration that it is true. Known to
 * the shortlisters only by its reference until the hospital closes shortlisting. Each shortlister scores every
 * criterion 0 to 3 on their own; the hospital then decides shortlisted or not (with feedback for those not), and
 * afterwards interviewed, offered, appointed or not appointed. The applicant may withdraw until the closing date.
 */
@Entity
@Table(name = "vacancy_application")
public class VacancyApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FEEDBACK_LENGTH = 4000;
    public static final int MAX_EVIDENCE = 50;
    /** Reference letters: no 0/O or 1/I, so that a reference read aloud is not mistaken. */
    private static final String REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "vacancy_id", nullable = false, updatable = false)
    private Long vacancyId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;

    @Column(name = "reference", nullable = false, updatable = false, length = 8)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "feedback", length = FEEDBACK_LENGTH)
    private String feedback;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "interview_at")
    private Instant interviewAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_application_statement", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("position")
    private List<Statement> statements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_application_evidence", joinColumns = @JoinColumn(name = "application_id"))
    private List<EvidenceRef> evidence = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_application_finding", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("position")
    private List<FoundThen> findings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "vacancy_score", joinColumns = @JoinColumn(name = "application_id"))
    private List<Score> scores = new ArrayList<>();

    @Version
    @Column(name = "version")
    private int version;

    protected VacancyApplication() {
    }

    /** An application as the applicant gives it: statements by criterion position, evidence, the declaration. */
    public record Given(Map<Integer, String> statements, List<EvidenceRef> evidence, Boolean declaration) {
    }

    /** A fresh reference for an application, unique within its vacancy when the service checks it: 8 characters. */
    public static String newReference() {
        StringBuilder reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        return reference.toString();
    }

    /**
     * Applies to an open vacancy. The service passes the evidence the applicant owns ({@code ownEvidence}), so that
     * nobody points to another person's records; every problem is reported at once.
     */
    public static VacancyApplication apply(Vacancy vacancy, long applicantId, String reference, Given given,
                                           Set<EvidenceRef> ownEvidence, List<Finding> found, LocalDate today,
                                           Instant now) {
        if (!vacancy.acceptsApplications(today)) {
            throw new ConflictException("vacancy", vacancy.getStatus() == VacancyStatus.OPEN
                    ? "Applications closed at the end of " + DateText.day(vacancy.getClosingDate()) + "."
                    : "This vacancy is " + vacancy.getStatus().phrase() + ".");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, String> statements = new TreeMap<>();
        Map<Integer, String> texts = given == null || given.statements() == null ? Map.of() : given.statements();
        // A statement's problem is named by its criterion's place in the specification, as drafting names them:
        // specification[1].statement is the second criterion's.
        List<SpecCriterion> specification = vacancy.getSpecification();
        Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < specification.size(); i++) {
            index.put(specification.get(i).getPosition(), i);
        }
        texts.forEach((position, text) -> {
            if (position == null || !index.containsKey(position)) {
                problems.add(new FieldProblem("statements", "The specification has no criterion " + position + "."));
            } else if (text != null && !text.isBlank()) {
                if (text.trim().length() > Statement.LENGTH) {
                    problems.add(new FieldProblem("specification[" + index.get(position) + "].statement",
                            "Use at most " + Statement.LENGTH + " characters."));
                }
                statements.put(position, text.trim());
            }
        });
        for (int i = 0; i < specification.size(); i++) {
            if (specification.get(i).needsStatement() && !statements.containsKey(specification.get(i).getPosition())) {
                problems.add(new FieldProblem("specification[" + i + "].statement", "Say how you meet this"
                        + " criterion; a person judges it from your statement."));
            }
        }
        List<EvidenceRef> refs = given == null || given.evidence() == null ? List.of() : given.evidence();
        Set<EvidenceRef> unique = new LinkedHashSet<>();
        for (EvidenceRef ref : refs) {
            if (ref == null || !ownEvidence.contains(ref)) {
                problems.add(new FieldProblem("evidence", "Attach only your own records as evidence."));
                break;
            }
            unique.add(ref);
        }
        if (unique.size() > MAX_EVIDENCE) {
            problems.add(new FieldProblem("evidence", "Attach at most " + MAX_EVIDENCE + " records."));
        }
        if (given == null || !Boolean.TRUE.equals(given.declaration())) {
            problems.add(new FieldProblem("declaration", "Declare that what you give is true and your own."));
        }
        InvalidInputException.throwIfAny(problems);
        VacancyApplication a = new VacancyApplication();
        a.vacancyId = vacancy.getId();
        a.applicantId = applicantId;
        a.reference = reference;
        a.status = ApplicationStatus.SUBMITTED;
        statements.forEach((position, text) -> a.statements.add(new Statement(position, text)));
        a.evidence.addAll(unique);
        if (found.size() != specification.size()) {
            throw new IllegalArgumentException("One finding per criterion: " + found.size() + " for "
                    + specification.size());
        }
        for (int i = 0; i < specification.size(); i++) {
            a.findings.add(new FoundThen(specification.get(i).getPosition(), found.get(i)));
        }
        a.submittedAt = now;
        a.updatedAt = now;
        return a;
    }

    /** The applicant withdraws, until the end of the closing date. */
    public void withdraw(Vacancy vacancy, LocalDate today, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("status", "This application is " + status.phrase() + ".");
        }
        if (!vacancy.acceptsApplications(today)) {
            throw new ConflictException("status", "Applications may be withdrawn until the closing date, "
                    + DateText.day(vacancy.getClosingDate()) + "; tell the hospital instead.");
        }
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    // ------------------------------------------------------------------ shortlisting

    /**
     * A shortlister scores every criterion of the specification, 0 to 3, on their own; scoring again replaces their
     * earlier scores. Only while the vacancy is closed and shortlisting open, only a named shortlister.
     */
    public void score(Vacancy vacancy, long shortlisterId, List<Score.Given> given, Instant now) {
        requireScoring(vacancy, shortlisterId);
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, Score.Given> byPosition = new TreeMap<>();
        List<Score.Given> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            Score.Given g = list.get(i);
            if (g == null || g.position() == null) {
                problems.add(new FieldProblem("scores[" + i + "].position", "Say which criterion this score is for."));
                continue;
            }
            if (g.score() == null || g.score() < 0 || g.score() > Score.MAX) {
                problems.add(new FieldProblem("scores[" + i + "].score", "Score from 0 (no evidence) to " + Score.MAX
                        + " (exceeds)."));
            }
            if (g.note() != null && g.note().trim().length() > Score.NOTE_LENGTH) {
                problems.add(new FieldProblem("scores[" + i + "].note", "Use at most " + Score.NOTE_LENGTH
                        + " characters."));
            }
            if (byPosition.put(g.position(), g) != null) {
                problems.add(new FieldProblem("scores[" + i + "].position", "Criterion " + g.position()
                        + " is scored twice."));
            }
        }
        for (SpecCriterion criterion : vacancy.getSpecification()) {
            if (!byPosition.containsKey(criterion.getPosition())) {
                problems.add(new FieldProblem("scores", "Score every criterion; criterion " + criterion.getPosition()
                        + " has no score."));
            }
        }
        Set<Integer> positions = new HashSet<>();
        vacancy.getSpecification().forEach(c -> positions.add(c.getPosition()));
        byPosition.keySet().stream().filter(p -> !positions.contains(p)).forEach(p -> problems.add(
                new FieldProblem("scores", "The specification has no criterion " + p + ".")));
        InvalidInputException.throwIfAny(problems);
        scores.removeIf(s -> s.getShortlisterId() == shortlisterId);
        byPosition.forEach((position, g) -> scores.add(new Score(shortlisterId, position, g.score(),
                g.note() == null || g.note().isBlank() ? null : g.note().trim(), now)));
        updatedAt = now;
    }

    private void requireScoring(Vacancy vacancy, long shortlisterId) {
        if (!vacancy.isShortlister(shortlisterId)) {
            throw new ConflictException("shortlister", "Only the vacancy's shortlisters score its applications.");
        }
        if (!vacancy.isScoring()) {
            throw new ConflictException("status", vacancy.getStatus() == VacancyStatus.OPEN
                    ? "Scoring starts when the vacancy closes, after " + DateText.day(vacancy.getClosingDate()) + "."
                    : "Shortlisting of this vacancy is over.");
        }
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("status", "This application is " + status.phrase() + "; it is not scored.");
        }
    }

    /** The scores one shortlister gave, by criterion position. */
    public Map<Integer, Integer> scoresBy(long shortlisterId) {
        Map<Integer, Integer> by = new TreeMap<>();
        scores.stream().filter(s -> s.getShortlisterId() == shortlisterId).forEach(s -> by.put(s.getPosition(),
                s.getScore()));
        return by;
    }

    /** What the scores say, criterion by criterion, for the hospital's decision (see {@link ShortlistFlags}). */
    public ShortlistFlags flags(Vacancy vacancy) {
        return ShortlistFlags.of(vacancy.getSpecification(), vacancy.getShortlisters(), scores);
    }

    /**
     * The hospital's shortlisting decision, once every shortlister has scored the application: shortlisted, or not
     * with feedback the applicant reads. The flags only inform it; a person decides.
     */
    public void decideShortlisting(Vacancy vacancy, boolean shortlisted, String feedbackText, Instant now) {
        if (!vacancy.isScoring()) {
            throw new ConflictException("status", "Shortlisting decisions are made while the vacancy is closed and"
                    + " shortlisting open.");
        }
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.SHORTLISTED
                && status != ApplicationStatus.NOT_SHORTLISTED) {
            throw new ConflictException("status", "This application is " + status.phrase() + ".");
        }
        if (!flags(vacancy).complete()) {
            throw new ConflictException("shortlisted", "Every shortlister scores every criterion before the"
                    + " decision.");
        }
        String text = feedback(feedbackText);
        if (!shortlisted && text == null) {
            throw InvalidInputException.of("feedback", "Tell the applicant why they are not shortlisted.");
        }
        status = shortlisted ? ApplicationStatus.SHORTLISTED : ApplicationStatus.NOT_SHORTLISTED;
        feedback = text;
        decidedAt = now;
        updatedAt = now;
    }

    /** Whether the application waits for its shortlisting decision. */
    public boolean awaitsShortlisting() {
        return status == ApplicationStatus.SUBMITTED;
    }

    // ------------------------------------------------------------------ after shortlisting

    /**
     * The hospital moves a shortlisted application on: interviewed (with the interview's time), offered, appointed,
     * or not appointed (with feedback). Only after shortlisting is closed.
     */
    public void advance(Vacancy vacancy, ApplicationStatus next, String feedbackText, Instant interview, Instant now) {
        if (vacancy.isAnonymised()) {
            throw new ConflictException("status", "Close shortlisting first.");
        }
        if (next == null || !status.next().contains(next)) {
            throw new ConflictException("status", "An application " + status.phrase() + " cannot become "
                    + (next == null ? "that" : next.phrase()) + ".");
        }
        String text = feedback(feedbackText);
        if (next == ApplicationStatus.NOT_APPOINTED && text == null) {
            throw InvalidInputException.of("feedback", "Tell the applicant why they are not appointed.");
        }
        if (next == ApplicationStatus.INTERVIEWED) {
            interviewAt = interview == null ? now : interview;
        }
        status = next;
        if (text != null) {
            feedback = text;
        }
        decidedAt = now;
        updatedAt = now;
    }

    private static String feedback(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.trim().length() > FEEDBACK_LENGTH) {
            throw InvalidInputException.of("feedback", "Use at most " + FEEDBACK_LENGTH + " characters.");
        }
        return text.trim();
    }

    public boolean isOf(long accountId) {
        return applicantId == accountId;
    }

    /** The applicant's statement for a criterion, or null. */
    public String statementFor(int position) {
        return statements.stream().filter(s -> s.getPosition() == position).map(Statement::getText).findFirst()
                .orElse(null);
    }

    public Long getId() { return id; }
    public Long getVacancyId() { return vacancyId; }
    public Long getApplicantId() { return applicantId; }
    public String getReference() { return reference; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getFeedback() { return feedback; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getInterviewAt() { return interviewAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<Statement> getStatements() { return List.copyOf(statements); }
    public List<EvidenceRef> getEvidence() { return List.copyOf(evidence); }
    public List<Score> getScores() { return List.copyOf(scores); }
    public List<FoundThen> getFindings() { return List.copyOf(findings); }
}
