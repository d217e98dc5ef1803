package org.healthengineering.portal.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * One of an engineer's records, by kind and id, as an application (to a vacancy, for recognition) points to it as
 * evidence: never a copy of the record. As given it may be incomplete; the application that takes it checks it and
 * that the record is the applicant's own.
 */
@Embeddable
public class EvidenceRef implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private EvidenceKind kind;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    protected EvidenceRef() {
    }

    public EvidenceRef(EvidenceKind kind, Long recordId) {
        this.kind = kind;
        this.recordId = recordId;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public Long recordId() {
        return recordId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Long getRecordId() {
        return recordId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceRef other && kind == other.kind && Objects.equals(recordId, other.recordId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, recordId);
    }

    @Override
    public String toString() {
        return kind + " " + recordId;
    }
}
