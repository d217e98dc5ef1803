package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A provider's appeal against a refusal, and the body's decision on it. */
@Entity
@Table(name = "course_appeal")
public class CourseAppeal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "grounds", nullable = false, updatable = false)
    private String grounds;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private Instant lodgedAt;

    @Column(name = "lodged_by", nullable = false, updatable = false)
    private Long lodgedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private AppealOutcome outcome;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    protected CourseAppeal() {
    }

    CourseAppeal(Course course, String grounds, long by, Instant now) {
        this.course = course;
        this.grounds = grounds.trim();
        this.lodgedBy = by;
        this.lodgedAt = now;
    }

    void decide(AppealOutcome outcome, String note, long by, Instant now) {
        this.outcome = outcome;
        this.decisionNote = note.trim();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public Long getId() {
        return id;
    }

    public String getGrounds() {
        return grounds;
    }

    public Instant getLodgedAt() {
        return lodgedAt;
    }

    public Long getLodgedBy() {
        return lodgedBy;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }
}
