package org.healthengineering.portal.domain.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who signs credentials: the portal itself, for what no body stands behind (a competency a mentor or an assessor
 * verified), or one professional body, for its awards and the courses it accredits. Its id is the number in its
 * public URL, which serves its Open Badges {@code Profile} with the keys it signs with ({@link IssuerKey}).
 */
@Entity
@Table(name = "credential_issuer")
public class CredentialIssuer implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PORTAL_SCOPE = "portal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "scope", nullable = false, updatable = false, length = 40)
    private String scope;

    @Column(name = "body_id", updatable = false)
    private Long bodyId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CredentialIssuer() {
    }

    private CredentialIssuer(String scope, Long bodyId, Instant now) {
        this.scope = scope;
        this.bodyId = bodyId;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The portal as an issuer. */
    public static CredentialIssuer portal(Instant now) {
        return new CredentialIssuer(PORTAL_SCOPE, null, now);
    }

    /** A professional body as an issuer. */
    public static CredentialIssuer body(long bodyId, Instant now) {
        return new CredentialIssuer(scopeOf(bodyId), bodyId, now);
    }

    /** The scope that names the issuer of a body ({@code null}: the portal). */
    public static String scopeOf(Long bodyId) {
        return bodyId == null ? PORTAL_SCOPE : "body-" + bodyId;
    }

    public Long getId() {
        return id;
    }

    public String getScope() {
        return scope;
    }

    /** The body it is, or {@code null} for the portal. */
    public Long getBodyId() {
        return bodyId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
