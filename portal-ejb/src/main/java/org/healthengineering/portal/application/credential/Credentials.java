package org.healthengineering.portal.application.credential;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.credential.BundledContexts;
import org.healthengineering.portal.domain.credential.CredentialIssuer;
import org.healthengineering.portal.domain.credential.CredentialKind;
import org.healthengineering.portal.domain.credential.CredentialState;
import org.healthengineering.portal.domain.credential.IssuedCredential;
import org.healthengineering.portal.domain.credential.JsonBuilders;
import org.healthengineering.portal.domain.credential.IssuerKey;
import org.healthengineering.portal.domain.credential.IssuerKeyState;
import org.healthengineering.portal.domain.credential.KeyAlgorithm;
import org.healthengineering.portal.domain.credential.Multikey;
import org.healthengineering.portal.domain.credential.OpenBadgeCredential;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.Like;

import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import java.io.Serializable;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Credentials as their holders, the bodies and everyone else use them. A holder's wallet issues what they have
 * earned and not yet received (awards, accredited completions, verified competencies), lists it, and opens or
 * closes a public share link per credential. A body administrator revokes, suspends and reinstates credentials
 * (the holder is told), rotates an issuer's keys and marks a key compromised. Anyone reads a credential by its
 * public id, an issuer's profile with its keys, and a status list credential.
 */
@Stateless
public class Credentials {

    static final String SUBJECT = "IssuedCredential";
    static final String ISSUER = "CredentialIssuer";
    /** How long a status list may be cached, in seconds (its {@code ttl} says the same in milliseconds). */
    public static final int STATUS_TTL_SECONDS = 300;
    private static final Pattern PUBLIC_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    CredentialContent content;

    @Inject
    Issuing issuing;

    @Inject
    IssuerKeys keys;

    @Inject
    Notifier notifier;

    /**
     * A credential in a list: what it is for, who issued it, its share link while open, and (for body
     * administrators only) its holder's name.
     */
    public record Held(IssuedCredential credential, String issuerName, String shareUrl, String holderName) implements Serializable {
    }

    /**
     * The caller's credentials, newest first, after issuing those they have earned and not yet received. The
     * caller's account is locked meanwhile, so two requests at once issue each credential once.
     */
    public List<Held> wallet() {
        caller.check(Permissions.CREDENTIAL_HOLD);
        long holder = caller.accountId();
        // The lock comes first: the reads after it then see what another request for this wallet committed.
        em.find(Account.class, holder, LockModeType.PESSIMISTIC_WRITE);
        issueEarned(holder);
        List<IssuedCredential> credentials = em.createQuery("SELECT c FROM IssuedCredential c WHERE c.holderId = :h"
                + " ORDER BY c.issuedAt DESC, c.id DESC", IssuedCredential.class).setParameter("h", holder)
                .getResultList();
        Map<Long, String> names = issuerNames();
        return credentials.stream().map(c -> held(c, names)).toList();
    }

    /**
     * Issues every credential the holder has earned and not yet received. The caller holds a lock on the
     * holder's account, taken before anything else was read in the transaction.
     */
    private void issueEarned(long holder) {
        List<CredentialContent.SourceRef> refs = content.unissued(holder);
        if (refs.isEmpty()) {
            return;
        }
        CredentialContent.Alignments alignments = content.prefetch(refs);
        List<CredentialContent.Source> sources = refs.stream().map(ref -> content.source(ref, alignments))
                .flatMap(java.util.Optional::stream).toList();
        for (IssuedCredential credential : issuing.batch().issueAll(sources)) {
            audit.fire(AuditEvent.created(AuditAction.CREDENTIAL_ISSUED, SUBJECT, credential.getPublicId(),
                    credential.getKind() + " " + credential.getSourceId()));
        }
        supersede(holder, sources.stream().filter(s -> s.kind() == CredentialKind.COMPETENCY)
                .map(CredentialContent.Source::sourceId).toList());
        em.flush();
    }

    /**
     * Revokes the holder's earlier credentials for the competencies these new verifications cover: a credential
     * says the level a competency was verified at, and only the latest verification stands.
     */
    private void supersede(long holder, List<Long> newVerifications) {
        if (newVerifications.isEmpty()) {
            return;
        }
        List<IssuedCredential> earlier = em.createQuery("SELECT c FROM IssuedCredential c, CompetencyAssessment a,"
                        + " CompetencyAssessment n WHERE c.kind = :kind AND c.holderId = :holder"
                        + " AND c.state <> :revoked AND a.id = c.sourceId AND n.id IN :new"
                        + " AND n.competencyId = a.competencyId AND a.id <> n.id",
                        IssuedCredential.class).setParameter("kind", CredentialKind.COMPETENCY)
                .setParameter("holder", holder).setParameter("revoked", CredentialState.REVOKED)
                .setParameter("new", newVerifications).getResultList();
        for (IssuedCredential credential : earlier) {
            String before = credential.getState().name();
            credential.revoke("Superseded by a later verification of the same competency.", null, clock.instant());
            published(credential, AuditAction.CREDENTIAL_REVOKED, before, null);
        }
    }

    /** One of the caller's credentials; anyone else's answers "not found". */
    public Held mine(long id) {
        caller.check(Permissions.CREDENTIAL_HOLD);
        return held(own(id), issuerNames());
    }

    /** Opens a public share link for one of the caller's credentials (a new one: an older link stops working). */
    public Held share(long id) {
        caller.check(Permissions.CREDENTIAL_HOLD);
        IssuedCredential credential = own(id);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        credential.share(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock.instant());
        audit.fire(new AuditEvent(AuditAction.CREDENTIAL_SHARED, SUBJECT, credential.getPublicId(), null, "shared"));
        return held(credential, issuerNames());
    }

    /** Lists one of the caller's credentials in their CPD portfolio, or stops listing it. */
    public Held showInPortfolio(long id, boolean shown) {
        caller.check(Permissions.CREDENTIAL_HOLD);
        IssuedCredential credential = own(id);
        credential.showInPortfolio(shown);
        return held(credential, issuerNames());
    }

    /** Closes the share link of one of the caller's credentials. */
    public Held unshare(long id) {
        caller.check(Permissions.CREDENTIAL_HOLD);
        IssuedCredential credential = own(id);
        if (credential.getShareToken() != null) {
            credential.unshare();
            audit.fire(new AuditEvent(AuditAction.CREDENTIAL_SHARE_CLOSED, SUBJECT, credential.getPublicId(),
                    "shared", null));
        }
        return held(credential, issuerNames());
    }

    /** A credential as anyone reads it by its public id: the signed document and its JWT. */
    public IssuedCredential published(String publicId) {
        if (publicId == null || !PUBLIC_ID.matcher(publicId).matches()) {
            throw new NotFoundException("Credential", publicId);
        }
        return em.createQuery("SELECT c FROM IssuedCredential c WHERE c.publicId = :id", IssuedCredential.class)
                .setParameter("id", publicId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Credential", publicId));
    }

    /** A shared credential and its holder's name, by the share link's token; a closed link answers "not found". */
    public SharedCredential shared(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("Shared credential", "");
        }
        IssuedCredential credential = em.createQuery("SELECT c FROM IssuedCredential c WHERE c.shareToken = :t",
                        IssuedCredential.class).setParameter("t", token).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Shared credential", ""));
        Account holder = em.find(Account.class, credential.getHolderId());
        return new SharedCredential(credential, holder.getDisplayName(), issuerNames().get(credential.getIssuerId()));
    }

    /** A shared credential as the public page shows it. */
    public record SharedCredential(IssuedCredential credential, String holderName, String issuerName) {
    }

    /**
     * Every credential issued, newest first, for body administrators; {@code q} matches the public id or the
     * achievement.
     */
    public List<Held> issued(String q, int most) {
        caller.check(Permissions.CREDENTIAL_MANAGE);
        String text = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.length() > 100) {
            throw org.healthengineering.portal.domain.shared.InvalidInputException.of("q",
                    "Search with at most 100 characters.");
        }
        List<IssuedCredential> found = em.createQuery("SELECT c FROM IssuedCredential c WHERE (:q = ''"
                        + " OR c.publicId = :q OR LOWER(c.achievementName) LIKE :like ESCAPE '\\')"
                        + " ORDER BY c.issuedAt DESC, c.id DESC", IssuedCredential.class)
                .setParameter("q", text).setParameter("like", Like.containing(text))
                .setMaxResults(Math.max(1, Math.min(most, 200))).getResultList();
        Map<Long, String> names = issuerNames();
        Map<Long, String> holders = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", found.stream().map(IssuedCredential::getHolderId).distinct().toList())
                    .getResultList().forEach(r -> holders.put((Long) r[0], (String) r[1]));
        }
        return found.stream().map(c -> {
            Held held = held(c, names);
            return new Held(c, held.issuerName(), held.shareUrl(), holders.get(c.getHolderId()));
        }).toList();
    }

    /** A body administrator revokes a credential for good, with the reason; the holder is told. */
    public Held revoke(long id, String reason) {
        caller.check(Permissions.CREDENTIAL_MANAGE);
        IssuedCredential credential = any(id);
        String before = credential.getState().name();
        if (credential.revoke(reason, caller.accountId(), clock.instant())) {
            published(credential, AuditAction.CREDENTIAL_REVOKED, before, "was revoked by its issuer: ");
        }
        return held(credential, issuerNames());
    }

    /** A body administrator suspends a credential, with the reason; reversible; the holder is told. */
    public Held suspend(long id, String reason) {
        caller.check(Permissions.CREDENTIAL_MANAGE);
        IssuedCredential credential = any(id);
        credential.suspend(reason, caller.accountId(), clock.instant());
        published(credential, AuditAction.CREDENTIAL_SUSPENDED, "ACTIVE", "was suspended by its issuer: ");
        return held(credential, issuerNames());
    }

    /** A body administrator lifts a suspension, with the reason; the holder is told. */
    public Held reinstate(long id, String reason) {
        caller.check(Permissions.CREDENTIAL_MANAGE);
        IssuedCredential credential = any(id);
        credential.reinstate(reason, caller.accountId(), clock.instant());
        published(credential, AuditAction.CREDENTIAL_REINSTATED, "SUSPENDED", "is valid again: ");
        return held(credential, issuerNames());
    }

    /**
     * Revokes the credential of a source that no longer stands (an award removed, a course withdrawn), with the
     * reason, by the person who made that change; nothing when none was issued. For use cases that checked their
     * own permission.
     */
    public void revokeFor(CredentialKind kind, List<Long> sourceIds, String reason) {
        if (sourceIds.isEmpty()) {
            return;
        }
        List<IssuedCredential> credentials = em.createQuery("SELECT c FROM IssuedCredential c WHERE c.kind = :kind"
                        + " AND c.sourceId IN :ids AND c.state <> :revoked", IssuedCredential.class)
                .setParameter("kind", kind).setParameter("ids", sourceIds)
                .setParameter("revoked", CredentialState.REVOKED).getResultList();
        String fitting = reason.length() <= IssuedCredential.REASON_LENGTH ? reason
                : reason.substring(0, IssuedCredential.REASON_LENGTH - 1) + "…";
        for (IssuedCredential credential : credentials) {
            String before = credential.getState().name();
            credential.revoke(fitting, caller.accountId(), clock.instant());
            published(credential, AuditAction.CREDENTIAL_REVOKED, before, "was revoked by its issuer: ");
        }
    }

    /** An issuer with its keys, for the administrators' page. */
    public record IssuerView(CredentialIssuer issuer, String name, List<IssuerKey> keys) implements Serializable {
    }

    /** Every issuer that has issued, with its keys, for body administrators. */
    public List<IssuerView> issuers() {
        caller.check(Permissions.CREDENTIAL_MANAGE);
        Map<Long, String> names = issuerNames();
        // Every key in one statement, not a statement per issuer.
        Map<Long, List<IssuerKey>> byIssuer = em.createQuery("SELECT k FROM IssuerKey k ORDER BY k.id DESC",
                IssuerKey.class).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(IssuerKey::getIssuerId));
        return em.createQuery("SELECT i FROM CredentialIssuer i ORDER BY i.id", CredentialIssuer.class)
                .getResultList().stream()
                .map(i -> new IssuerView(i, names.get(i.getId()), byIssuer.getOrDefault(i.getId(), List.of())))
                .toList();
    }

    /** Rotates an issuer's keys: the active ones retire (still verifying what they signed), new ones sign. */
    public IssuerView rotate(long issuerId) {
        caller.check(Permissions.CREDENTIAL_MANAGE);
        CredentialIssuer issuer = keys.issuer(issuerId);
        List<IssuerKey> made = keys.rotate(issuer);
        audit.fire(new AuditEvent(AuditAction.ISSUER_KEYS_ROTATED, ISSUER, issuerId, null,
                String.join(", ", made.stream().map(IssuerKey::getKeyRef).toList())));
        return new IssuerView(issuer, issuerNames().get(issuerId), keys.keys(issuerId));
    }

    /** Marks an issuer's key compromised, with the reason: what it signed stops verifying; new keys sign. */
    public IssuerView compromise(long issuerId, long keyId, String reason) {
        caller.check(Permissions.CREDENTIAL_MANAGE);
        CredentialIssuer issuer = keys.issuer(issuerId);
        IssuerKey key = em.find(IssuerKey.class, keyId);
        if (key == null || !key.getIssuerId().equals(issuerId)) {
            throw new NotFoundException("Key", keyId);
        }
        boolean wasActive = key.getState() == IssuerKeyState.ACTIVE;
        key.compromise(reason, clock.instant());
        em.flush();
        if (wasActive) {
            keys.signingKey(issuer, key.getAlgorithm());
        }
        audit.fire(new AuditEvent(AuditAction.ISSUER_KEY_COMPROMISED, ISSUER, issuerId, key.getKeyRef(),
                key.getCompromiseReason()));
        return new IssuerView(issuer, issuerNames().get(issuerId), keys.keys(issuerId));
    }

    /**
     * An issuer's Open Badges {@code Profile} for anyone: its name and every key it has signed with, as a Multikey
     * (Ed25519) or a JSON Web Key (RSA) verification method, each with its state, so that retired keys keep
     * verifying and compromised ones are known.
     */
    public JsonObject profile(long issuerId) {
        CredentialIssuer issuer = em.find(CredentialIssuer.class, issuerId);
        if (issuer == null) {
            throw new NotFoundException("Issuer", issuerId);
        }
        OpenBadgeCredential.Profile profile = issuing.profile(issuer);
        JsonArrayBuilder methods = JsonBuilders.FACTORY.createArrayBuilder();
        JsonArrayBuilder assertion = JsonBuilders.FACTORY.createArrayBuilder();
        for (IssuerKey key : keys.keys(issuerId)) {
            String id = CredentialLinks.key(issuerId, key.getKeyRef());
            JsonObjectBuilder method;
            if (key.getAlgorithm() == KeyAlgorithm.ED25519) {
                method = JsonBuilders.FACTORY.createObjectBuilder(Multikey.verificationMethod(id, profile.id(), key.publicKey()));
            } else {
                Map<String, Object> jwk = new RSAKey.Builder((RSAPublicKey) key.publicKey()).keyID(id)
                        .keyUse(KeyUse.SIGNATURE).algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).build()
                        .toPublicJWK().toJSONObject();
                JsonObjectBuilder jwkJson = JsonBuilders.FACTORY.createObjectBuilder();
                jwk.forEach((name, value) -> jwkJson.add(name, String.valueOf(value)));
                method = JsonBuilders.FACTORY.createObjectBuilder().add("id", id).add("type", "JsonWebKey")
                        .add("controller", profile.id()).add("publicKeyJwk", jwkJson);
            }
            method.add("keyState", key.getState().name().toLowerCase(java.util.Locale.ROOT));
            if (key.getState() != IssuerKeyState.COMPROMISED) {
                assertion.add(id);
            }
            methods.add(method);
        }
        JsonObjectBuilder json = JsonBuilders.FACTORY.createObjectBuilder()
                .add("@context", JsonBuilders.FACTORY.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2)
                        .add(BundledContexts.OPEN_BADGES_3_0_3))
                .add("id", profile.id()).add("type", "Profile").add("name", profile.name());
        if (profile.url() != null) {
            json.add("url", profile.url());
        }
        if (profile.description() != null) {
            json.add("description", profile.description());
        }
        return json.add("verificationMethod", methods).add("assertionMethod", assertion).build();
    }

    /**
     * An achievement the issuer's credentials name, for anyone who follows its id: the OB {@code Achievement} (what
     * it is, its criteria, the CASE items it covers), with the OB context. Only what is public answers; the rest,
     * and anything unknown, is "not found".
     */
    public JsonObject achievement(long issuerId, String ref) {
        CredentialIssuer issuer = em.find(CredentialIssuer.class, issuerId);
        if (issuer == null) {
            throw new NotFoundException("Issuer", issuerId);
        }
        return content.achievement(issuer, ref).map(a -> JsonBuilders.FACTORY.createObjectBuilder()
                        .add("@context", JsonBuilders.FACTORY.createArrayBuilder()
                                .add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OPEN_BADGES_3_0_3))
                        .addAll(a.toJson()).build())
                .orElseThrow(() -> new NotFoundException("Achievement", ref));
    }

    /** A status list as published: its signed credential, and its version for caching. */
    public record PublishedList(JsonObject credential, String version, Instant changedAt) {
    }

    @Inject
    StatusListPublisher publisher;

    /** The signed Bitstring Status List credential of a list, for anyone. */
    public PublishedList statusList(long listId) {
        return publisher.publish(listId).orElseThrow(() -> new NotFoundException("Status list", listId));
    }

    /**
     * A credential's new state published in its status list and recorded in the audit trail; its holder is told
     * {@code what} and the reason, unless {@code what} is null.
     */
    private void published(IssuedCredential credential, AuditAction action, String before, String what) {
        issuing.publishState(credential);
        if (what != null) {
            told(credential, what + credential.getStateReason());
        }
        audit.fire(new AuditEvent(action, SUBJECT, credential.getPublicId(), before, credential.getStateReason()));
    }

    private void told(IssuedCredential credential, String what) {
        notifier.notify(credential.getHolderId(), Notification.Kind.CREDENTIAL_STATUS, "Your credential \""
                + credential.getAchievementName() + "\" " + what, "/credentials/index.xhtml");
    }

    private IssuedCredential own(long id) {
        IssuedCredential credential = em.find(IssuedCredential.class, id);
        if (credential == null || credential.getHolderId() != caller.accountId()) {
            throw new NotFoundException("Credential", id);
        }
        return credential;
    }

    private IssuedCredential any(long id) {
        IssuedCredential credential = em.find(IssuedCredential.class, id);
        if (credential == null) {
            throw new NotFoundException("Credential", id);
        }
        return credential;
    }

    private Held held(IssuedCredential credential, Map<Long, String> names) {
        return new Held(credential, names.getOrDefault(credential.getIssuerId(), Issuing.PORTAL_NAME),
                credential.getShareToken() == null ? null : CredentialLinks.shared(credential.getShareToken()), null);
    }

    /** Every issuer's name by id, in one statement. */
    Map<Long, String> issuerNames() {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT i.id, b.name FROM CredentialIssuer i LEFT JOIN ProfessionalBody b ON b.id = i.bodyId",
                Object[].class).getResultList()
                .forEach(r -> names.put((Long) r[0], r[1] == null ? Issuing.PORTAL_NAME : (String) r[1]));
        return names;
    }
}
