package org.healthengineering.portal.domain.credential;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A credential the portal issued to an engineer, kept exactly as signed: the JSON-LD document with its embedded
 * proof and the same credential as a VC-JWT. It is never signed again; what changes is its status, which its
 * entries in the issuer's two status lists publish (revoked for good, or suspended until reinstated), and whether
 * its holder shares it through a public link.
 */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_LENGTH = 1000;
    public static final int NAME_LENGTH = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private Long holderId;

    @Column(name = "issuer_id", nullable = false, updatable = false)
    private Long issuerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private CredentialKind kind;

    @Column(name = "source_id", nullable = false, updatable = false)
    private Long sourceId;

    @Column(name = "achievement_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String achievementName;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", updatable = false)
    private Instant validUntil;

    @Column(name = "ed25519_key_id", nullable = false, updatable = false)
    private Long ed25519KeyId;

    @Column(name = "rsa_key_id", nullable = false, updatable = false)
    private Long rsaKeyId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document", nullable = false, updatable = false)
    private String document;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "jwt", nullable = false, updatable = false)
    private String jwt;

    @Column(name = "revocation_list_id", nullable = false, updatable = false)
    private Long revocationListId;

    @Column(name = "revocation_index", nullable = false, updatable = false)
    private int revocationIndex;

    @Column(name = "suspension_list_id", nullable = false, updatable = false)
    private Long suspensionListId;

    @Column(name = "suspension_index", nullable = false, updatable = false)
    private int suspensionIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CredentialState state;

    @Column(name = "status_reason", length = REASON_LENGTH)
    private String stateReason;

    @Column(name = "status_changed_at")
    private Instant stateChangedAt;

    @Column(name = "status_changed_by")
    private Long stateChangedBy;

    @Column(name = "share_token", length = 64)
    private String shareToken;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "in_portfolio", nullable = false)
    private boolean inPortfolio;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected IssuedCredential() {
    }

    /** What a credential was issued as, to whom and for what; {@link IssuedCredential#issued} keeps it. */
    public record Issue(String publicId, long holderId, long issuerId, CredentialKind kind, long sourceId,
                        String achievementName, Instant issuedAt, Instant validFrom, Instant validUntil,
                        long ed25519KeyId, long rsaKeyId, String document, String jwt) {
    }

    /** Where a credential's two status entries are. */
    public record StatusEntries(long revocationListId, int revocationIndex, long suspensionListId,
                                int suspensionIndex) {
    }

    public static IssuedCredential issued(Issue issue, StatusEntries entries) {
        IssuedCredential credential = new IssuedCredential();
        credential.publicId = issue.publicId();
        credential.holderId = issue.holderId();
        credential.issuerId = issue.issuerId();
        credential.kind = Objects.requireNonNull(issue.kind());
        credential.sourceId = issue.sourceId();
        String name = issue.achievementName();
        credential.achievementName = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
        credential.issuedAt = issue.issuedAt();
        credential.validFrom = issue.validFrom();
        credential.validUntil = issue.validUntil();
        credential.ed25519KeyId = issue.ed25519KeyId();
        credential.rsaKeyId = issue.rsaKeyId();
        credential.document = issue.document();
        credential.jwt = issue.jwt();
        credential.revocationListId = entries.revocationListId();
        credential.revocationIndex = entries.revocationIndex();
        credential.suspensionListId = entries.suspensionListId();
        credential.suspensionIndex = entries.suspensionIndex();
        credential.state = CredentialState.ACTIVE;
        return credential;
    }

    /**
     * Revokes the credential for good, with a reason, by a person ({@code null}: by the portal itself, as when a
     * later verification supersedes it); answers whether the revocation list must change (false when it was revoked
     * already). A suspended credential is revoked too, and stays marked in the suspension list.
     */
    public boolean revoke(String reason, Long by, Instant now) {
        String text = reason(reason);
        if (state == CredentialState.REVOKED) {
            return false;
        }
        changeTo(CredentialState.REVOKED, text, by, now);
        return true;
    }

    /** Suspends an active credential, with a reason. A revoked one cannot be suspended. */
    public void suspend(String reason, long by, Instant now) {
        String text = reason(reason);
        if (state != CredentialState.ACTIVE) {
            throw InvalidInputException.of("state", state == CredentialState.SUSPENDED
                    ? "The credential is suspended already." : "A revoked credential cannot be suspended.");
        }
        changeTo(CredentialState.SUSPENDED, text, by, now);
    }

    /** Lifts a suspension, with a reason. */
    public void reinstate(String reason, long by, Instant now) {
        String text = reason(reason);
        if (state != CredentialState.SUSPENDED) {
            throw InvalidInputException.of("state", "Only a suspended credential can be reinstated.");
        }
        changeTo(CredentialState.ACTIVE, text, by, now);
    }

    /** Opens the public share link with a new token (a link shared before stops working). */
    public void share(String token, Instant now) {
        shareToken = Objects.requireNonNull(token);
        sharedAt = now;
    }

    /** Whether the holder's CPD portfolio lists it, with the address where anyone verifies it. */
    public void showInPortfolio(boolean shown) {
        inPortfolio = shown;
    }

    /** Closes the public share link. */
    public void unshare() {
        shareToken = null;
        sharedAt = null;
    }

    private void changeTo(CredentialState next, String reason, Long by, Instant now) {
        state = next;
        stateReason = reason;
        stateChangedAt = now;
        stateChangedBy = by;
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_LENGTH) {
            throw InvalidInputException.of("reason", "Give the reason, in at most " + REASON_LENGTH + " characters.");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Long getHolderId() {
        return holderId;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getAchievementName() {
        return achievementName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Long getEd25519KeyId() {
        return ed25519KeyId;
    }

    public Long getRsaKeyId() {
        return rsaKeyId;
    }

    public String getDocument() {
        return document;
    }

    public String getJwt() {
        return jwt;
    }

    public Long getRevocationListId() {
        return revocationListId;
    }

    public int getRevocationIndex() {
        return revocationIndex;
    }

    public Long getSuspensionListId() {
        return suspensionListId;
    }

    public int getSuspensionIndex() {
        return suspensionIndex;
    }

    public CredentialState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public Long getStateChangedBy() {
        return stateChangedBy;
    }

    public String getShareToken() {
        return shareToken;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public boolean isInPortfolio() {
        return inPortfolio;
    }
}
