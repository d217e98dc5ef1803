package org.healthengineering.portal.domain.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.healthengineering.portal.domain.shared.InvalidInputException;

import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Objects;

/**
 * One signing key of an issuer. The public key is kept as published (X.509 encoding); the private key only sealed
 * ({@link KeySeal}), under a secret the portal's configuration holds and the database never does. The key's
 * {@code keyRef} is the fragment of its id under the issuer's URL: for Ed25519 its {@code publicKeyMultibase}, as
 * Multikey verification methods are named, for RSA a random name.
 */
@Entity
@Table(name = "credential_issuer_key")
public class IssuerKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "issuer_id", nullable = false, updatable = false)
    private Long issuerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "algorithm", nullable = false, updatable = false, length = 16)
    private KeyAlgorithm algorithm;

    @Column(name = "key_ref", nullable = false, updatable = false, length = 64)
    private String keyRef;

    @Column(name = "public_key", nullable = false, updatable = false)
    private byte[] publicKey;

    @Column(name = "sealed_private_key", nullable = false, updatable = false)
    private byte[] sealedPrivateKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private IssuerKeyState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "compromised_at")
    private Instant compromisedAt;

    @Column(name = "compromise_reason", length = REASON_LENGTH)
    private String compromiseReason;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected IssuerKey() {
    }

    public IssuerKey(long issuerId, KeyAlgorithm algorithm, String keyRef, byte[] publicKey, byte[] sealedPrivateKey,
                     Instant now) {
        this.issuerId = issuerId;
        this.algorithm = Objects.requireNonNull(algorithm);
        this.keyRef = Objects.requireNonNull(keyRef);
        this.publicKey = publicKey.clone();
        this.sealedPrivateKey = sealedPrivateKey.clone();
        this.state = IssuerKeyState.ACTIVE;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Stops the key signing; it stays published, and what it signed keeps verifying. */
    public void retire(Instant now) {
        if (state == IssuerKeyState.ACTIVE) {
            state = IssuerKeyState.RETIRED;
            retiredAt = now;
        }
    }

    /**
     * Marks the key as compromised: it signs nothing more, and every credential it signed fails verification from
     * now on. For good: a compromised key is never trusted again.
     */
    public void compromise(String reason, Instant now) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_LENGTH) {
            throw InvalidInputException.of("reason",
                    "Say why the key is compromised, in at most " + REASON_LENGTH + " characters.");
        }
        if (state == IssuerKeyState.COMPROMISED) {
            return;
        }
        if (retiredAt == null) {
            retiredAt = now;
        }
        state = IssuerKeyState.COMPROMISED;
        compromisedAt = now;
        compromiseReason = text;
    }

    /** The public key, as the JDK uses it. */
    public PublicKey publicKey() {
        try {
            return KeyFactory.getInstance(algorithm.jcaName()).generatePublic(new X509EncodedKeySpec(publicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("issuer key " + id + " cannot be read", e);
        }
    }

    /** What the key's private half was sealed with as associated data: binds it to this issuer and name. */
    public static String sealContext(long issuerId, String keyRef) {
        return "issuer-key:" + issuerId + ":" + keyRef;
    }

    public Long getId() {
        return id;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public KeyAlgorithm getAlgorithm() {
        return algorithm;
    }

    public String getKeyRef() {
        return keyRef;
    }

    public byte[] getSealedPrivateKey() {
        return sealedPrivateKey.clone();
    }

    public IssuerKeyState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public Instant getCompromisedAt() {
        return compromisedAt;
    }

    public String getCompromiseReason() {
        return compromiseReason;
    }
}
