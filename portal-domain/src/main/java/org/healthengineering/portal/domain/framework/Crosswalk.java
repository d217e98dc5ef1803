package org.healthengineering.portal.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.util.UUID;

/**
 * A mapping from a competency to one in another framework: an exact match (meeting one meets the other) or a
 * related one (shown for information). Always between specific framework versions.
 */
@Entity
@Table(name = "crosswalk")
public class Crosswalk {

    @Id
    @TableGenerator(name = "crosswalk_ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_val",
            pkColumnValue = "crosswalk", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "crosswalk_ids")
    @Column(name = "id")
    private Long id;

    @Column(name = "from_competency_id", nullable = false)
    private Long fromCompetencyId;

    @Column(name = "to_competency_id", nullable = false)
    private Long toCompetencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private CrosswalkKind kind;

    @Column(name = "case_identifier", nullable = false, length = 64)
    private String caseIdentifier;

    protected Crosswalk() {
    }

    public Crosswalk(long fromCompetencyId, long toCompetencyId, CrosswalkKind kind, String caseIdentifier) {
        if (fromCompetencyId == toCompetencyId) {
            throw new IllegalArgumentException("A competency cannot be mapped to itself");
        }
        this.fromCompetencyId = fromCompetencyId;
        this.toCompetencyId = toCompetencyId;
        this.kind = kind;
        this.caseIdentifier = caseIdentifier == null ? UUID.randomUUID().toString() : caseIdentifier;
    }

    public Long getId() {
        return id;
    }

    public Long getFromCompetencyId() {
        return fromCompetencyId;
    }

    public Long getToCompetencyId() {
        return toCompetencyId;
    }

    public CrosswalkKind getKind() {
        return kind;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }
}
