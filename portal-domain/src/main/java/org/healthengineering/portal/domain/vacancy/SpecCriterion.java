package org.healthengineering.portal.domain.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of a vacancy's person specification: a criterion of the eligibility engine, essential or desirable, at a
 * place in the list (its position numbers it for statements and scores).
 */
@Embeddable
public class SpecCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "essential", nullable = false)
    private boolean essential;

    @Embedded
    private Criterion criterion;

    protected SpecCriterion() {
    }

    SpecCriterion(int position, boolean essential, Criterion criterion) {
        this.position = position;
        this.essential = essential;
        this.criterion = Objects.requireNonNull(criterion, "criterion");
    }

    /** A criterion given with whether it is essential. */
    public record Given(boolean essential, Criterion.Given criterion) {
    }

    public int getPosition() {
        return position;
    }

    public boolean isEssential() {
        return essential;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    /** Whether the applicant writes a supporting statement for it: a criterion a person judges needs one. */
    public boolean needsStatement() {
        return criterion.getKind() == CriterionKind.FREE_TEXT;
    }

    public Given given() {
        return new Given(essential, criterion.given());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecCriterion other && position == other.position && essential == other.essential
                && criterion.equals(other.criterion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, essential, criterion);
    }
}
