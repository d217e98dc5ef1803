package org.healthengineering.portal.domain.role;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A competency (of a specific framework version) a role needs, at a minimum level of that framework's scale. */
@Embeddable
public class CompetencyRequirement {

    @Column(name = "competency_id", nullable = false)
    private Long competencyId;

    @Column(name = "min_level", nullable = false)
    private int minLevel;

    protected CompetencyRequirement() {
    }

    public CompetencyRequirement(long competencyId, int minLevel) {
        if (minLevel < 1) {
            throw new IllegalArgumentException("minimum level must be 1 or more");
        }
        this.competencyId = competencyId;
        this.minLevel = minLevel;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public int getMinLevel() {
        return minLevel;
    }
}
