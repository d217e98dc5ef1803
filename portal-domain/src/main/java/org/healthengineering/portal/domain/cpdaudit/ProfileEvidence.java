package org.healthengineering.portal.domain.cpdaudit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.healthengineering.portal.domain.evidence.EvidenceFile;

import java.io.Serializable;
import java.util.Objects;

/** A file of evidence for a chosen activity, as it was on submission: which file, its name and its SHA-256. */
@Embeddable
public class ProfileEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "round", nullable = false)
    private int round;

    @Column(name = "evidence_id", nullable = false)
    private long evidenceId;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected ProfileEvidence() {
    }

    static ProfileEvidence copy(int round, EvidenceFile file) {
        ProfileEvidence copy = new ProfileEvidence();
        copy.round = round;
        copy.evidenceId = file.getId();
        copy.activityId = file.getActivityId();
        copy.fileName = file.getFileName();
        copy.sha256 = file.getSha256();
        return copy;
    }

    public int getRound() {
        return round;
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public long getActivityId() {
        return activityId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileEvidence other && round == other.round && evidenceId == other.evidenceId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(round, evidenceId);
    }
}
