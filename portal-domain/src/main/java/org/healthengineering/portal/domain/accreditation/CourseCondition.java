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
import java.time.LocalDate;

/** A condition of an approval: what the provider must do by when, its response, and the body's sign-off. */
@Entity
@Table(name = "course_condition")
public class CourseCondition implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REQUIREMENT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    @Column(name = "requirement", nullable = false, length = REQUIREMENT_LENGTH, updatable = false)
    private String requirement;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "response")
    private String response;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "signed_off_by")
    private Long signedOffBy;

    protected CourseCondition() {
    }

    CourseCondition(Course course, int sortOrder, String requirement, LocalDate dueOn) {
        this.course = course;
        this.sortOrder = sortOrder;
        this.requirement = requirement.trim();
        this.dueOn = dueOn;
    }

    void respond(String response, Instant now) {
        this.response = response.trim();
        this.respondedAt = now;
    }

    void signOff(long by, Instant now) {
        this.signedOffBy = by;
        this.signedOffAt = now;
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }

    /** Not signed off and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return signedOffAt == null && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    /** The condition's number on its course: 1 for the first the body set. */
    public int getNumber() {
        return sortOrder + 1;
    }

    public String getRequirement() {
        return requirement;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getResponse() {
        return response;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public Long getSignedOffBy() {
        return signedOffBy;
    }
}
