package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's completion of an accredited course, recorded by its provider. When the email belongs to an account
 * the completion is linked to it and becomes a verified CPD activity; otherwise it waits until someone registers
 * with that email.
 */
@Entity
@Table(name = "course_completion")
public class CourseCompletion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(name = "email", nullable = false, length = 254, updatable = false)
    private String email;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "hours", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal hours;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedBy;

    protected CourseCompletion() {
    }

    /** A completion already checked against its course (see {@link Course#completionProblem}). */
    public CourseCompletion(long courseId, String email, LocalDate completedOn, BigDecimal hours, long recordedBy,
                            Instant now) {
        this.courseId = courseId;
        this.email = email;
        this.completedOn = completedOn;
        this.hours = hours;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** The completion now belongs to this account's verified activity. */
    public void linkTo(long accountId, long activityId) {
        this.accountId = accountId;
        this.activityId = activityId;
    }

    public boolean isWaiting() {
        return accountId == null;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public String getEmail() { return email; }
    public Long getAccountId() { return accountId; }
    public LocalDate getCompletedOn() { return completedOn; }
    public BigDecimal getHours() { return hours; }
    public Long getActivityId() { return activityId; }
    public Instant getRecordedAt() { return recordedAt; }
    public Long getRecordedBy() { return recordedBy; }
}
