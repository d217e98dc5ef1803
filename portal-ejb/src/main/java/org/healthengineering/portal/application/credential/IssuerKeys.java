package org.healthengineering.portal.application.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.credential.CredentialIssuer;
import org.healthengineering.portal.domain.credential.IssuerKey;
import org.healthengineering.portal.domain.credential.IssuerKeyState;
import org.healthengineering.portal.domain.credential.KeyAlgorithm;
import org.healthengineering.portal.domain.credential.KeySeal;
import org.healthengineering.portal.domain.credential.Multikey;
import org.healthengineering.portal.domain.shared.NotFoundException;
import org.healthengineering.portal.domain.shared.UnavailableException;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Issuers and their keys: finds or creates the issuer of a body (or the portal), the key it signs with for each
 * algorithm (made on first use), opens a sealed private key with the configured secret, rotates keys and marks one
 * compromised. Checks no permission: its callers are use cases that have.
 * <p>
 * The secret is {@code portal.credentials.secret} ({@code PORTAL_CREDENTIALS_SECRET}), at least 32 characters; the
 * launcher makes one beside its data on first start. Without it the portal issues nothing and says why (503).
 */
@ApplicationScoped
public class IssuerKeys {

    static final String SECRET = "portal.credentials.secret";
    private static final int RSA_BITS = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    private volatile KeySeal seal;
    /** Private keys opened once per JVM, by key id: opening costs a PBKDF2-derived AES-GCM decryption and parsing. */
    private final ConcurrentMap<Long, PrivateKey> opened = new ConcurrentHashMap<>();

    /**
     * The issuer of a body, or of the portal for {@code null}; created on first use, one per body even when asked
     * at once.
     */
    public CredentialIssuer issuerFor(Long bodyId) {
        String scope = CredentialIssuer.scopeOf(bodyId);
        Optional<CredentialIssuer> found = byScope(scope);
        if (found.isPresent()) {
            return found.get();
        }
        if (bodyId == null) {
            throw new IllegalStateException("the portal's issuer is made by migration V21 and is missing");
        }
        ProfessionalBody body = em.find(ProfessionalBody.class, bodyId, LockModeType.PESSIMISTIC_WRITE);
        if (body == null) {
            throw new NotFoundException("Professional body", bodyId);
        }
        // Looked for again with a locking read, which sees an issuer another transaction made meanwhile.
        return em.createQuery("SELECT i FROM CredentialIssuer i WHERE i.scope = :scope", CredentialIssuer.class)
                .setParameter("scope", scope).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElseGet(() -> {
            CredentialIssuer issuer = CredentialIssuer.body(bodyId, clock.instant());
            em.persist(issuer);
            em.flush();
            return issuer;
        });
    }

    public CredentialIssuer issuer(long id) {
        CredentialIssuer issuer = em.find(CredentialIssuer.class, id);
        if (issuer == null) {
            throw new NotFoundException("Issuer", id);
        }
        return issuer;
    }

    private Optional<CredentialIssuer> byScope(String scope) {
        return em.createQuery("SELECT i FROM CredentialIssuer i WHERE i.scope = :scope", CredentialIssuer.class)
                .setParameter("scope", scope).getResultStream().findFirst();
    }

    /** The key the issuer signs with for the algorithm: its active one, made (and sealed) if it has none. */
    public IssuerKey signingKey(CredentialIssuer issuer, KeyAlgorithm algorithm) {
        Optional<IssuerKey> active = active(issuer.getId(), algorithm);
        if (active.isPresent()) {
            return active.get();
        }
        em.lock(issuer, LockModeType.PESSIMISTIC_WRITE);
        return active(issuer.getId(), algorithm, LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(() -> create(issuer.getId(), algorithm));
    }

    private Optional<IssuerKey> active(long issuerId, KeyAlgorithm algorithm) {
        return active(issuerId, algorithm, LockModeType.NONE);
    }

    /** The active key; with a pessimistic lock mode, a locking read that sees what others committed meanwhile. */
    private Optional<IssuerKey> active(long issuerId, KeyAlgorithm algorithm, LockModeType lock) {
        return em.createQuery("SELECT k FROM IssuerKey k WHERE k.issuerId = :issuer AND k.algorithm = :algorithm"
                        + " AND k.state = :active ORDER BY k.id DESC", IssuerKey.class)
                .setParameter("issuer", issuerId).setParameter("algorithm", algorithm)
                .setParameter("active", IssuerKeyState.ACTIVE).setLockMode(lock).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every key of an issuer, the newest first: all stay published, whatever their state. */
    public List<IssuerKey> keys(long issuerId) {
        return em.createQuery("SELECT k FROM IssuerKey k WHERE k.issuerId = :issuer ORDER BY k.id DESC",
                IssuerKey.class).setParameter("issuer", issuerId).getResultList();
    }

    /** The key an id (the issuer's URL and the key's name as fragment) names; empty for any other id. */
    public Optional<IssuerKey> byId(String keyId) {
        Optional<Long> issuer = CredentialLinks.issuerIdIn(keyId);
        int hash = keyId == null ? -1 : keyId.indexOf('#');
        if (issuer.isEmpty() || hash < 0) {
            return Optional.empty();
        }
        return em.createQuery("SELECT k FROM IssuerKey k WHERE k.issuerId = :issuer AND k.keyRef = :ref",
                        IssuerKey.class).setParameter("issuer", issuer.get())
                .setParameter("ref", keyId.substring(hash + 1)).getResultStream().findFirst();
    }

    /** Retires the issuer's active keys and makes new ones, which sign from now on. */
    public List<IssuerKey> rotate(CredentialIssuer issuer) {
        em.lock(issuer, LockModeType.PESSIMISTIC_WRITE);
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            active(issuer.getId(), algorithm).ifPresent(key -> key.retire(clock.instant()));
        }
        em.flush();
        return List.of(create(issuer.getId(), KeyAlgorithm.ED25519), create(issuer.getId(), KeyAlgorithm.RSA));
    }

    /** The private half of a key, opened with the configured secret. */
    public PrivateKey privateKey(IssuerKey key) {
        return opened.computeIfAbsent(key.getId(), id -> {
            byte[] pkcs8 = seal().open(key.getSealedPrivateKey(),
                    IssuerKey.sealContext(key.getIssuerId(), key.getKeyRef()));
            try {
                return KeyFactory.getInstance(key.getAlgorithm().jcaName())
                        .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("issuer key " + id + " cannot be read", e);
            }
        });
    }

    private IssuerKey create(long issuerId, KeyAlgorithm algorithm) {
        KeySeal seal = seal();
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.jcaName());
            if (algorithm == KeyAlgorithm.RSA) {
                generator.initialize(RSA_BITS, RANDOM);
            }
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make " + algorithm + " keys", e);
        }
        String keyRef = algorithm == KeyAlgorithm.ED25519 ? Multikey.encode(pair.getPublic()) : "rsa-" + randomName();
        IssuerKey key = new IssuerKey(issuerId, algorithm, keyRef, pair.getPublic().getEncoded(),
                seal.seal(pair.getPrivate().getEncoded(), IssuerKey.sealContext(issuerId, keyRef)), clock.instant());
        em.persist(key);
        em.flush();
        opened.put(key.getId(), pair.getPrivate());
        return key;
    }

    private static String randomName() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private KeySeal seal() {
        KeySeal current = seal;
        if (current == null) {
            String secret = ConfigProvider.getConfig().getOptionalValue(SECRET, String.class).orElse(null);
            if (secret == null || secret.strip().length() < KeySeal.SHORTEST_SECRET) {
                throw new UnavailableException("The portal cannot issue credentials yet: its operators must set "
                        + "PORTAL_CREDENTIALS_SECRET (at least " + KeySeal.SHORTEST_SECRET + " characters).");
            }
            current = KeySeal.fromSecret(secret);
            seal = current;
        }
        return current;
    }
}
