package org.healthengineering.portal.domain.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.eligibility.FindingOutcome;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the eligibility engine found for one criterion (by position) when the application was made: its outcome and
 * reason as they were then, shown to the shortlisters beside the criterion; later changes to the applicant's
 * records do not change what the application was judged on.
 */
@Embeddable
public class FoundThen implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_LENGTH = 2000;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private FindingOutcome outcome;

    @Column(name = "reason", nullable = false, length = REASON_LENGTH)
    private String reason;

    protected FoundThen() {
    }

    FoundThen(int position, Finding finding) {
        this.position = position;
        this.outcome = finding.outcome();
        String text = finding.reason();
        this.reason = text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH - 1) + "…" : text;
    }

    public int getPosition() {
        return position;
    }

    public FindingOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoundThen other && position == other.position && outcome == other.outcome
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, outcome, reason);
    }
}
