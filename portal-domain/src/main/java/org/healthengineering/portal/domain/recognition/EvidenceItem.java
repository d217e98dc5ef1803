package org.healthengineering.portal.domain.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One piece of evidence an application points to: a record the engineer keeps elsewhere in the portal (a held
 * qualification, an assessment, a CPD activity, an evidence file), by reference, never copied.
 */
@Embeddable
public class EvidenceItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private EvidenceKind kind;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    protected EvidenceItem() {
    }

    EvidenceItem(EvidenceRef ref) {
        this.kind = ref.kind();
        this.recordId = ref.recordId();
    }

    /** The record pointed to. */
    public EvidenceRef ref() {
        return new EvidenceRef(kind, recordId);
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Long getRecordId() {
        return recordId;
    }
}
