package org.healthengineering.portal.domain.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** Evidence attached to an application by reference to one of the applicant's records (never a copy of it). */
@Embeddable
public class EvidenceRef {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private EvidenceKind kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    protected EvidenceRef() {
    }

    public EvidenceRef(EvidenceKind kind, long recordId) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recordId = recordId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceRef other && kind == other.kind && recordId == other.recordId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, recordId);
    }
}
