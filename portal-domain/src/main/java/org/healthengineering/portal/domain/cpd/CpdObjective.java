package org.healthengineering.portal.domain.cpd;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A development objective in an engineer's CPD plan: what they want to achieve and by when, perhaps for a
 * competency or a target role; the activities that serve it; and, once it is due or done, their evaluation of
 * whether it achieved what they wanted.
 */
@Entity
@Table(name = "cpd_objective")
public class CpdObjective implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int EVALUATION_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(name = "competency_id")
    private Long competencyId;

    @Column(name = "role_code", length = 40)
    private String roleCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "evaluation", length = EVALUATION_LENGTH)
    private String evaluation;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cpd_activity_objective", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "activity_id")
    private Set<Long> activityIds = new HashSet<>();

    @Version
    @Column(name = "version")
    private int version;

    protected CpdObjective() {
    }

    /** What the engineer plans; the competency and role are optional. */
    public record Plan(String title, String description, LocalDate targetDate, Long competencyId, String roleCode) {

        public List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (title == null || title.isBlank()) {
                problems.add(new FieldProblem("title", "Say what you want to achieve."));
            } else if (title.trim().length() > TITLE_LENGTH) {
                problems.add(new FieldProblem("title", "Use at most " + TITLE_LENGTH + " characters."));
            }
            if (description != null && description.trim().length() > DESCRIPTION_LENGTH) {
                problems.add(new FieldProblem("description", "Use at most " + DESCRIPTION_LENGTH + " characters."));
            }
            if (targetDate == null) {
                problems.add(new FieldProblem("targetDate", "Give a target date."));
            }
            return problems;
        }
    }

    public static CpdObjective plan(long ownerId, Plan plan, Instant now) {
        CpdObjective objective = new CpdObjective();
        objective.ownerId = ownerId;
        objective.createdAt = now;
        objective.revise(plan);
        return objective;
    }

    public final void revise(Plan plan) {
        InvalidInputException.throwIfAny(plan.problems());
        this.title = plan.title().trim();
        this.description = plan.description() == null || plan.description().isBlank() ? null : plan.description().trim();
        this.targetDate = plan.targetDate();
        this.competencyId = plan.competencyId();
        this.roleCode = plan.roleCode() == null || plan.roleCode().isBlank() ? null : plan.roleCode().trim();
    }

    /** Records whether the objective achieved what was wanted, and why; {@code today} is the evaluation's date. */
    public void evaluate(Outcome outcome, String evaluation, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Say whether it achieved what you wanted."));
        }
        if (evaluation == null || evaluation.isBlank()) {
            problems.add(new FieldProblem("evaluation", "Say what it changed, or why not."));
        } else if (evaluation.trim().length() > EVALUATION_LENGTH) {
            problems.add(new FieldProblem("evaluation", "Use at most " + EVALUATION_LENGTH + " characters."));
        }
        InvalidInputException.throwIfAny(problems);
        this.outcome = outcome;
        this.evaluation = evaluation.trim();
        this.evaluatedOn = today;
    }

    /** Replaces the activities that serve this objective (the caller checks they are the owner's). */
    public void serveWith(Set<Long> activities) {
        activityIds.clear();
        activityIds.addAll(activities);
    }

    public boolean isOwnedBy(long accountId) {
        return ownerId == accountId;
    }

    /** Due but not evaluated. */
    public boolean awaitsEvaluation(LocalDate today) {
        return outcome == null && !targetDate.isAfter(today);
    }

    public Long getId() { return id; }
    public Long getOwnerId() { return ownerId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDate getTargetDate() { return targetDate; }
    public Long getCompetencyId() { return competencyId; }
    public String getRoleCode() { return roleCode; }
    public Outcome getOutcome() { return outcome; }
    public String getEvaluation() { return evaluation; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public Set<Long> getActivityIds() { return Set.copyOf(activityIds); }
}
