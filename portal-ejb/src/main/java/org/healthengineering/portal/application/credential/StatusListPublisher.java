package org.healthengineering.portal.application.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthengineering.portal.domain.credential.BundledContexts;
import org.healthengineering.portal.domain.credential.CredentialIssuer;
import org.healthengineering.portal.domain.credential.EddsaRdfc2022;
import org.healthengineering.portal.domain.credential.IssuerKey;
import org.healthengineering.portal.domain.credential.JsonBuilders;
import org.healthengineering.portal.domain.credential.KeyAlgorithm;
import org.healthengineering.portal.domain.credential.ProofOptions;
import org.healthengineering.portal.domain.credential.StatusList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Status lists as published: a signed W3C {@code BitstringStatusListCredential} per list. A list is signed again
 * only when it changed, when the key that signs for its issuer changed, or when its signature is older than half
 * the list's {@code ttl}; until then every reader (and every verification of the portal's own credentials) gets
 * the same signed document. The copy kept is derived from the database and checked against it on every read, so
 * each node of a cluster may keep its own. Checks no permission: status lists are public.
 */
@ApplicationScoped
public class StatusListPublisher {

    private static final JsonBuilderFactory JSON = JsonBuilders.FACTORY;
    private static final Duration FRESH = Duration.ofSeconds(Credentials.STATUS_TTL_SECONDS / 2);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    IssuerKeys keys;

    @Inject
    Clock clock;

    private record Signed(Credentials.PublishedList list, Instant signedAt) {
    }

    private final ConcurrentMap<Long, Signed> signed = new ConcurrentHashMap<>();

    /** The list's signed credential, or empty when there is no such list. */
    public Optional<Credentials.PublishedList> publish(long listId) {
        StatusList list = em.find(StatusList.class, listId);
        if (list == null) {
            return Optional.empty();
        }
        CredentialIssuer issuer = em.find(CredentialIssuer.class, list.getIssuerId());
        IssuerKey key = keys.signingKey(issuer, KeyAlgorithm.ED25519);
        String version = listId + "-" + list.getVersion() + "-" + key.getId();
        Instant now = clock.instant();
        Signed known = signed.get(listId);
        if (known != null && known.list().version().equals(version)
                && known.signedAt().plus(FRESH).isAfter(now)) {
            return Optional.of(known.list());
        }
        String url = CredentialLinks.statusList(listId);
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        JsonObject unsigned = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2))
                .add("id", url)
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", CredentialLinks.issuer(issuer.getId()))
                .add("validFrom", created.toString())
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", list.getPurpose().term())
                        .add("encodedList", list.list().encode())
                        .add("ttl", Credentials.STATUS_TTL_SECONDS * 1000))
                .build();
        JsonObject credential = EddsaRdfc2022.sign(unsigned,
                ProofOptions.assertion(created, CredentialLinks.key(issuer.getId(), key.getKeyRef())),
                keys.privateKey(key));
        Credentials.PublishedList published = new Credentials.PublishedList(credential, version, list.getChangedAt());
        signed.put(listId, new Signed(published, now));
        return Optional.of(published);
    }
}
