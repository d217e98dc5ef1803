package org.healthengineering.portal.domain.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A qualification an engineer says they hold. Unverified until a body administrator or assessor verifies it
 * (who and when are kept); expired, whatever its verification, once its expiry date has passed.
 */
@Entity
@Table(name = "held_qualification")
@NamedQuery(name = HeldQualification.OF_ACCOUNT,
        query = "SELECT h FROM HeldQualification h WHERE h.accountId = :accountId ORDER BY h.awardedOn DESC, h.id DESC")
public class HeldQualification implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ACCOUNT = "HeldQualification.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "qualification_id", nullable = false)
    private Long qualificationId;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "registration_number", length = 60)
    private String registrationNumber;

    @Column(name = "evidence_note", length = 2000)
    private String evidenceNote;

    @Column(name = "verified_by")
    private Long verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HeldQualification() {
    }

    public HeldQualification(long accountId, long qualificationId, LocalDate awardedOn, LocalDate expiresOn,
                             String registrationNumber, String evidenceNote, LocalDate today, Instant now) {
        InvalidInputException.throwIfAny(problems(awardedOn, expiresOn, registrationNumber, evidenceNote, today));
        this.accountId = accountId;
        this.qualificationId = qualificationId;
        this.awardedOn = awardedOn;
        this.expiresOn = expiresOn;
        this.registrationNumber = blankToNull(registrationNumber);
        this.evidenceNote = blankToNull(evidenceNote);
        this.createdAt = now;
    }

    public static List<FieldProblem> problems(LocalDate awardedOn, LocalDate expiresOn, String registrationNumber,
                                              String evidenceNote, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (awardedOn == null) {
            problems.add(new FieldProblem("awardedOn", "Enter the date it was awarded."));
        } else if (awardedOn.isAfter(today)) {
            problems.add(new FieldProblem("awardedOn", "The award date cannot be in the future."));
        } else if (expiresOn != null && expiresOn.isBefore(awardedOn)) {
            problems.add(new FieldProblem("expiresOn", "It cannot expire before it was awarded."));
        }
        if (registrationNumber != null && registrationNumber.trim().length() > 60) {
            problems.add(new FieldProblem("registrationNumber", "Use at most 60 characters."));
        }
        if (evidenceNote != null && evidenceNote.trim().length() > 2000) {
            problems.add(new FieldProblem("evidenceNote", "Use at most 2000 characters."));
        }
        return problems;
    }

    public HeldStatus status(LocalDate today) {
        if (expiresOn != null && today.isAfter(expiresOn)) {
            return HeldStatus.EXPIRED;
        }
        return verifiedAt == null ? HeldStatus.UNVERIFIED : HeldStatus.VERIFIED;
    }

    public void verify(long verifierId, Instant now) {
        this.verifiedBy = verifierId;
        this.verifiedAt = now;
    }

    /**
     * Verified by a signed credential rather than by a person: an Open Badges credential for the qualification's
     * achievement that passed every check when it was imported ({@code verifiedBy} stays empty).
     */
    public void verifyByCredential(Instant now) {
        this.verifiedBy = null;
        this.verifiedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getQualificationId() {
        return qualificationId;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public Long getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
