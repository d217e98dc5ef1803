package org.healthengineering.portal.domain.role;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** A competency (of a specific framework version) a role needs, at a minimum level of that framework's scale. */
@Embeddable
public class CompetencyRequirement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "competency_id", nullable = false)
    private Long competencyId;

    @Column(name = "min_level", nullable = false)
    private int minLevel;

    @Column(name = "verification_required", nullable = false)
    private boolean verificationRequired;

    protected CompetencyRequirement() {
    }

    public CompetencyRequirement(long competencyId, int minLevel) {
        this(competencyId, minLevel, false);
    }

    /** With {@code verificationRequired}, only a level verified by a mentor or an assessor counts. */
    public CompetencyRequirement(long competencyId, int minLevel, boolean verificationRequired) {
        if (minLevel < 1) {
            throw new IllegalArgumentException("minimum level must be 1 or more");
        }
        this.competencyId = competencyId;
        this.minLevel = minLevel;
        this.verificationRequired = verificationRequired;
    }

    public boolean isVerificationRequired() {
        return verificationRequired;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public int getMinLevel() {
        return minLevel;
    }
}
