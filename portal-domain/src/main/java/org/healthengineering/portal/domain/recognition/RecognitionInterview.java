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
 * The professional review interview of one round, where the scheme holds one: when and where (a place or a link),
 * the panel of at least two who interview, then one panel member's report and the panel's recommendation. Part of
 * its {@link RecognitionApplication}.
 */
@Entity
@Table(name = "recognition_interview")
public class RecognitionInterview implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PLACE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private RecognitionApplication application;

    @Column(name = "review_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "place", nullable = false, length = PLACE_LENGTH)
    private String place;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recognition_interview_panel", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    @Column(name = "account_id")
    private List<Long> panel = new ArrayList<>();

    @Column(name = "arranged_at", nullable = false)
    private Instant arrangedAt;

    @Column(name = "report", length = RecognitionApplication.TEXT_LENGTH)
    private String report;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", length = 20)
    private RecognitionOutcome recommendation;

    @Column(name = "reported_by")
    private Long reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    protected RecognitionInterview() {
    }

    RecognitionInterview(RecognitionApplication application, int round) {
        this.application = application;
        this.round = round;
    }

    void arrange(Instant at, String where, List<Long> members, Instant now) {
        this.startsAt = at;
        this.place = where.trim();
        this.panel.clear();
        this.panel.addAll(members);
        this.arrangedAt = now;
    }

    void report(long by, String text, RecognitionOutcome recommended, Instant now) {
        this.reportedBy = by;
        this.report = text.trim();
        this.recommendation = recommended;
        this.reportedAt = now;
    }

    public boolean isReported() {
        return reportedAt != null;
    }

    public boolean isOnPanel(long accountId) {
        return panel.contains(accountId);
    }

    public Long getId() {
        return id;
    }

    public int getRound() {
        return round;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public List<Long> getPanel() {
        return List.copyOf(panel);
    }

    public Instant getArrangedAt() {
        return arrangedAt;
    }

    public String getReport() {
        return report;
    }

    public RecognitionOutcome getRecommendation() {
        return recommendation;
    }

    public Long getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
