package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * The provider's return for one year of an accredited course: how many cohorts ran and how many took part, what
 * the evaluation found, and what changed.
 */
@Entity
@Table(name = "course_annual_return")
public class AnnualReturn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "year_number", nullable = false, updatable = false)
    private int yearNumber;

    @Column(name = "cohorts", nullable = false, updatable = false)
    private int cohorts;

    @Column(name = "participants", nullable = false, updatable = false)
    private int participants;

    @Column(name = "evaluation_summary", nullable = false, updatable = false)
    private String evaluationSummary;

    @Column(name = "changes", updatable = false)
    private String changes;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private Long submittedBy;

    protected AnnualReturn() {
    }

    AnnualReturn(Course course, int yearNumber, int cohorts, int participants, String evaluationSummary,
                 String changes, long by, Instant now) {
        this.course = course;
        this.yearNumber = yearNumber;
        this.cohorts = cohorts;
        this.participants = participants;
        this.evaluationSummary = evaluationSummary.trim();
        this.changes = CourseContent.trimmed(changes);
        this.submittedBy = by;
        this.submittedAt = now;
    }

    public Long getId() {
        return id;
    }

    public int getYearNumber() {
        return yearNumber;
    }

    public int getCohorts() {
        return cohorts;
    }

    public int getParticipants() {
        return participants;
    }

    public String getEvaluationSummary() {
        return evaluationSummary;
    }

    public String getChanges() {
        return changes;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }
}
