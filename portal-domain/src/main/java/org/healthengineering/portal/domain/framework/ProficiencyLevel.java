package org.healthengineering.portal.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** One step of a framework's proficiency scale, e.g. 3 "Apply". */
@Embeddable
public class ProficiencyLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "description", length = 1000)
    private String description;

    protected ProficiencyLevel() {
    }

    public ProficiencyLevel(int level, String label, String description) {
        this.level = level;
        this.label = Objects.requireNonNull(label);
        this.description = description;
    }

    public int getLevel() {
        return level;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }
}
