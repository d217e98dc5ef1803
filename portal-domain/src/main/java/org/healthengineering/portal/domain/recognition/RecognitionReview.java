package org.healthengineering.portal.domain.recognition;

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
 * One reviewer's part in one round of review of an application: assigned by a body administrator, then either
 * stepping down (a conflict of interest; the administrator assigns someone else, never this reviewer again in the
 * round) or reporting: the declaration of no conflict, a judgement of every area, a recommendation and an overall
 * comment. Part of its {@link RecognitionApplication}.
 */
@Entity
@Table(name = "recognition_review")
public class RecognitionReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private RecognitionApplication application;

    @Column(name = "review_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private Long reviewerId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "declared_no_conflict", nullable = false)
    private boolean declaredNoConflict;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recognition_review_judgement", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<AreaJudgement> judgements = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", length = 20)
    private RecognitionOutcome recommendation;

    @Column(name = "comment", length = RecognitionApplication.TEXT_LENGTH)
    private String comment;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "stepped_down_at")
    private Instant steppedDownAt;

    protected RecognitionReview() {
    }

    RecognitionReview(RecognitionApplication application, int round, long reviewerId, Instant now) {
        this.application = application;
        this.round = round;
        this.reviewerId = reviewerId;
        this.assignedAt = now;
    }

    void report(List<AreaJudgement> given, RecognitionOutcome recommended, String overall, Instant now) {
        this.declaredNoConflict = true;
        this.judgements.clear();
        this.judgements.addAll(given);
        this.recommendation = recommended;
        this.comment = overall.trim();
        this.reportedAt = now;
    }

    void stepDown(Instant now) {
        this.steppedDownAt = now;
    }

    public boolean isReported() {
        return reportedAt != null;
    }

    public boolean isSteppedDown() {
        return steppedDownAt != null;
    }

    /** Assigned and still expected to report. */
    public boolean isPending() {
        return reportedAt == null && steppedDownAt == null;
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

    public List<AreaJudgement> getJudgements() {
        return List.copyOf(judgements);
    }

    public RecognitionOutcome getRecommendation() {
        return recommendation;
    }

    public String getComment() {
        return comment;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getSteppedDownAt() {
        return steppedDownAt;
    }
}
