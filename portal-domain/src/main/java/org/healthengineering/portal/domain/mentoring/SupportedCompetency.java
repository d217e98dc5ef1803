package org.healthengineering.portal.domain.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A competency a mentor can support, at the mentor's own level. */
@Embeddable
public class SupportedCompetency {

    @Column(name = "competency_id", nullable = false)
    private Long competencyId;

    @Column(name = "level", nullable = false)
    private int level;

    protected SupportedCompetency() {
    }

    public SupportedCompetency(long competencyId, int level) {
        this.competencyId = competencyId;
        this.level = level;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public int getLevel() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportedCompetency other && Objects.equals(competencyId, other.competencyId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(competencyId);
    }
}
