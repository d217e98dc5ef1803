package org.healthengineering.portal.domain.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * The engineer's reflection on an activity, in the three parts professional bodies look for: what was
 * learned, how it was applied, and how patients or service users benefit. A part not yet written is empty.
 */
@Embeddable
public class Reflection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest text kept for each part (fits a MySQL/MariaDB TEXT column in utf8mb4). */
    public static final int PART_LENGTH = 10_000;

    @Column(name = "learned", nullable = false, length = PART_LENGTH)
    private String learned;

    @Column(name = "applied", nullable = false, length = PART_LENGTH)
    private String applied;

    @Column(name = "benefit", nullable = false, length = PART_LENGTH)
    private String benefit;

    protected Reflection() {
    }

    public Reflection(String learned, String applied, String benefit) {
        this.learned = learned == null ? "" : learned.trim();
        this.applied = applied == null ? "" : applied.trim();
        this.benefit = benefit == null ? "" : benefit.trim();
    }

    /** Whether all three parts are written. */
    public boolean isComplete() {
        return !learned.isEmpty() && !applied.isEmpty() && !benefit.isEmpty();
    }

    public String getLearned() {
        return learned;
    }

    public String getApplied() {
        return applied;
    }

    public String getBenefit() {
        return benefit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reflection other && learned.equals(other.learned)
                && applied.equals(other.applied) && benefit.equals(other.benefit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(learned, applied, benefit);
    }
}
