package org.healthengineering.portal.domain.recognition;

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

import org.healthengineering.portal.domain.cpdaudit.AppealDecision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The applicant's appeal against one decision of the panel (a deferral or a refusal, named by the decision's
 * number on the application), and the body's decision on it. Part of its {@link RecognitionApplication}.
 */
@Entity
@Table(name = "recognition_appeal")
public class RecognitionAppeal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private RecognitionApplication application;

    @Column(name = "decision_number", nullable = false, updatable = false)
    private int decisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "appealed_outcome", nullable = false, length = 20, updatable = false)
    private RecognitionOutcome appealedOutcome;

    @Column(name = "grounds", nullable = false, length = RecognitionApplication.TEXT_LENGTH, updatable = false)
    private String grounds;

    @Column(name = "lodged_on", nullable = false, updatable = false)
    private LocalDate lodgedOn;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private Instant lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private AppealDecision decision;

    @Column(name = "reason", length = RecognitionApplication.REASON_LENGTH)
    private String reason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected RecognitionAppeal() {
    }

    RecognitionAppeal(RecognitionApplication application, int decisionNumber, RecognitionOutcome appealed,
                      String grounds, LocalDate today, Instant now) {
        this.application = application;
        this.decisionNumber = decisionNumber;
        this.appealedOutcome = appealed;
        this.grounds = grounds.trim();
        this.lodgedOn = today;
        this.lodgedAt = now;
    }

    void decide(AppealDecision decided, String why, long by, Instant now) {
        this.decision = decided;
        this.reason = why.trim();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public boolean isOpen() {
        return decision == null;
    }

    public Long getId() {
        return id;
    }

    /** The number of the decision appealed against: 1 for the panel's first decision on the application. */
    public int getDecisionNumber() {
        return decisionNumber;
    }

    public RecognitionOutcome getAppealedOutcome() {
        return appealedOutcome;
    }

    public String getGrounds() {
        return grounds;
    }

    public LocalDate getLodgedOn() {
        return lodgedOn;
    }

    public Instant getLodgedAt() {
        return lodgedAt;
    }

    public AppealDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
