package org.healthengineering.portal.domain.accreditation;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One reviewer's review of a course in one round of review: assigned by the body, then (after declaring no conflict
 * of interest) a judgement of each of the body's criteria, comments and a recommendation. Part of its course.
 */
@Entity
@Table(name = "course_review")
public class CourseReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "review_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private Long reviewerId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "declared_no_conflict", nullable = false)
    private boolean declaredNoConflict;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_review_judgement", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "sort_order")
    private List<ReviewJudgement> judgements = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", length = 30)
    private CourseDecision recommendation;

    @Column(name = "comments")
    private String comments;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected CourseReview() {
    }

    CourseReview(Course course, int round, long reviewerId, Instant now) {
        this.course = course;
        this.round = round;
        this.reviewerId = reviewerId;
        this.assignedAt = now;
    }

    void submit(List<ReviewJudgement> judgements, CourseDecision recommendation, String comments, Instant now) {
        this.declaredNoConflict = true;
        this.judgements.clear();
        this.judgements.addAll(judgements);
        this.recommendation = recommendation;
        this.comments = CourseContent.trimmed(comments);
        this.submittedAt = now;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public int getRound() {
        return round;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public boolean isDeclaredNoConflict() {
        return declaredNoConflict;
    }

    public List<ReviewJudgement> getJudgements() {
        return List.copyOf(judgements);
    }

    public CourseDecision getRecommendation() {
        return recommendation;
    }

    public String getComments() {
        return comments;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
