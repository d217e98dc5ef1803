package org.healthengineering.portal.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * What a participant will be able to do after the course, mapped to the competency of a published framework it
 * builds and the level it builds it to.
 */
@Embeddable
public class LearningOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 500;

    @Column(name = "outcome", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "competency_id", nullable = false)
    private Long competencyId;

    @Column(name = "level", nullable = false)
    private int level;

    protected LearningOutcome() {
    }

    public LearningOutcome(String text, long competencyId, int level) {
        this.text = text.trim();
        this.competencyId = competencyId;
        this.level = level;
    }

    public String getText() {
        return text;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public int getLevel() {
        return level;
    }
}
