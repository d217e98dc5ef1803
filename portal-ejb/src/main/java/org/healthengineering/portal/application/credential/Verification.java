package org.healthengineering.portal.application.credential;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.credential.CredentialVerifier;
import org.healthengineering.portal.domain.credential.ImportedCredential;
import org.healthengineering.portal.domain.credential.IssuedCredential;
import org.healthengineering.portal.domain.credential.IssuerKey;
import org.healthengineering.portal.domain.credential.VerificationReport;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Verifying credentials, for anyone, and importing them, for engineers. A presented credential (JSON, a VC-JWT, or a
 * badge PNG with one baked in) is checked by {@link CredentialVerifier} with the portal's own issuers' keys and
 * status lists read from the database, a {@code did:key} resolved offline, and anything else fetched within
 * {@link RemoteDocuments}' bounds. An imported credential is verified against the importer's own email, kept as
 * evidence with its report, and counts as a qualification of the catalogue that names its achievement when every
 * check passed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Verification {

    /** The largest credential read, as the verifier bounds it: 2 MB. */
    public static final int MOST_BYTES = 2 * 1024 * 1024;
    static final String IMPORTED = "ImportedCredential";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    IssuerKeys keys;

    @Inject
    Credentials credentials;

    @Inject
    RemoteDocuments remote;

    @Inject
    KeyDocuments keyDocuments;

    @Inject
    StatusListPublisher publisher;

    /** Verifies a presented credential; {@code email}, when given, is checked against the recipient's hash. */
    public VerificationReport verify(byte[] input, String email) {
        return verifier().verify(input == null ? new byte[0] : input, blankToNull(email));
    }

    /** Verifies one of the portal's own credentials by its public id, as anyone would see it checked. */
    public VerificationReport verifyIssued(String publicId, String email) {
        IssuedCredential credential = credentials.published(publicId);
        return verify(credential.getDocument().getBytes(StandardCharsets.UTF_8), email);
    }

    /**
     * Verifies a shared credential, by its share link's token; the recipient is checked against its holder's
     * email, which the portal knows and the page does not show.
     */
    public Shared verifyShared(String token) {
        Credentials.SharedCredential shared = credentials.shared(token);
        String email = em.find(Account.class, shared.credential().getHolderId()).getEmail();
        return new Shared(shared, verify(shared.credential().getDocument().getBytes(StandardCharsets.UTF_8), email));
    }

    /** A shared credential, its holder's name and its verification. */
    public record Shared(Credentials.SharedCredential credential, VerificationReport report) {
    }

    /**
     * Verifies the credential at a URL: one of the portal's own credential URLs is read from the database; any
     * other is fetched within the remote bounds (HTTPS only, time and size limits, no private addresses).
     */
    public VerificationReport verifyUrl(String url, String email) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw InvalidInputException.of("url", "Give the credential's address, at most 2,000 characters.");
        }
        Optional<String> own = CredentialLinks.credentialIdIn(text);
        if (own.isPresent()) {
            return verifyIssued(own.get(), email);
        }
        RemoteDocuments.Fetched fetched = remote.fetch(text);
        if (fetched instanceof RemoteDocuments.Fetched.Document document) {
            return verify(document.json().toString().getBytes(StandardCharsets.UTF_8), email);
        }
        throw InvalidInputException.of("url", "The credential could not be fetched: "
                + ((RemoteDocuments.Fetched.Refused) fetched).reason());
    }

    /**
     * An engineer imports a credential from another issuer: it is verified on arrival (the recipient against their
     * own email), kept as evidence with its report, and, when every check passed and a catalogue qualification
     * names its achievement, counted as holding that qualification (verified by the credential), unless they
     * hold it already.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ImportedCredential importCredential(byte[] input) {
        caller.check(Permissions.CREDENTIAL_HOLD);
        if (input == null || input.length == 0) {
            throw InvalidInputException.of("file", "Choose a credential to import: a JSON file, a JWT or a badge"
                    + " image.");
        }
        if (input.length > MOST_BYTES) {
            throw InvalidInputException.of("file", "A credential is at most 2 MB.");
        }
        Account holder = em.find(Account.class, caller.accountId());
        VerificationReport report = verify(input, holder.getEmail());
        if (report.credential() == null
                || report.row(VerificationReport.Check.STRUCTURE).outcome() == VerificationReport.Outcome.FAIL) {
            throw InvalidInputException.of("file", "This is not an Open Badges credential the portal can keep: "
                    + report.row(VerificationReport.Check.STRUCTURE).reason());
        }
        String content = report.format() == VerificationReport.Format.PNG
                ? org.healthengineering.portal.domain.credential.BakedPng.credentialIn(input).orElse("")
                : new String(input, StandardCharsets.UTF_8).strip();
        ImportedCredential imported = new ImportedCredential(holder.getId(), content, report, clock.instant());
        em.persist(imported);
        em.flush();
        countAsQualification(imported, report);
        audit.fire(AuditEvent.created(AuditAction.CREDENTIAL_IMPORTED, IMPORTED, imported.getId(),
                imported.getOutcome() + " " + imported.getAchievementName()));
        return imported;
    }

    private void countAsQualification(ImportedCredential imported, VerificationReport report) {
        if (!imported.mayCount() || imported.getAchievementRef() == null || imported.getIssuerRef() == null) {
            return;
        }
        Optional<Qualification> qualification = em.createQuery("SELECT q FROM Qualification q"
                        + " WHERE q.achievementRef = :ref AND q.achievementIssuer = :issuer ORDER BY q.id",
                        Qualification.class)
                .setParameter("ref", imported.getAchievementRef()).setParameter("issuer", imported.getIssuerRef())
                .setMaxResults(1).getResultStream().findFirst();
        if (qualification.isEmpty() || !em.createQuery("SELECT h.id FROM HeldQualification h WHERE h.accountId = :a"
                        + " AND h.qualificationId = :q", Long.class).setParameter("a", imported.getHolderId())
                .setParameter("q", qualification.get().getId()).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate awarded = report.validFrom().map(i -> i.atZone(ZoneOffset.UTC).toLocalDate()).orElse(today);
        LocalDate expires = report.validUntil().map(i -> i.atZone(ZoneOffset.UTC).toLocalDate()).orElse(null);
        HeldQualification held = new HeldQualification(imported.getHolderId(), qualification.get().getId(),
                awarded.isAfter(today) ? today : awarded, expires, null,
                "Open Badges credential from " + (imported.getIssuerName() == null ? imported.getIssuerRef()
                        : imported.getIssuerName()) + ", verified on import.", today, clock.instant());
        held.verifyByCredential(clock.instant());
        em.persist(held);
        em.flush();
        imported.countsAs(held.getId());
    }

    /** The caller's imported credentials, newest first. */
    public List<ImportedCredential> imported() {
        caller.check(Permissions.CREDENTIAL_HOLD);
        return em.createQuery("SELECT i FROM ImportedCredential i WHERE i.holderId = :me ORDER BY i.importedAt DESC,"
                + " i.id DESC", ImportedCredential.class).setParameter("me", caller.accountId()).getResultList();
    }

    /** One of the caller's imported credentials; anyone else's answers "not found". */
    public ImportedCredential imported(long id) {
        caller.check(Permissions.CREDENTIAL_HOLD);
        ImportedCredential imported = em.find(ImportedCredential.class, id);
        if (imported == null || imported.getHolderId() != caller.accountId()) {
            throw new NotFoundException("Imported credential", id);
        }
        return imported;
    }

    /**
     * A verifier for one verification: the portal's own keys and lists read from the database; at most
     * {@value #MOST_FETCHES} documents fetched from elsewhere, and none once {@link #BUDGET} has passed, so that one
     * anonymous request ties up a thread for a bounded time.
     */
    private CredentialVerifier verifier() {
        Fetches fetches = new Fetches(clock.millis());
        return new CredentialVerifier(id -> key(id, fetches), url -> statusList(url, fetches), clock);
    }

    /** The most documents one verification fetches from other sites. */
    static final int MOST_FETCHES = 4;
    /** The time after which one verification fetches nothing more. */
    static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(10);

    /** What one verification has fetched so far. */
    private final class Fetches {
        private final long started;
        private int count;

        Fetches(long started) {
            this.started = started;
        }

        /** Why no more may be fetched, or null when one more may. */
        String refusal() {
            if (count >= MOST_FETCHES) {
                return "the portal fetches at most " + MOST_FETCHES + " documents for one credential";
            }
            if (clock.millis() - started > BUDGET.toMillis()) {
                return "the portal stopped fetching after " + BUDGET.toSeconds() + " seconds";
            }
            count++;
            return null;
        }
    }

    /** Our issuers' keys from the database; other https keys fetched within bounds; did:key is the verifier's. */
    private Optional<CredentialVerifier.KnownKey> key(String id, Fetches fetches) {
        if (CredentialLinks.issuerIdIn(id).isPresent()) {
            return keys.byId(id).map(k -> new CredentialVerifier.KnownKey(k.publicKey(),
                    CredentialLinks.issuer(k.getIssuerId()), state(k)));
        }
        if (id != null && id.startsWith("https://") && fetches.refusal() == null) {
            return keyDocuments.find(id);
        }
        return Optional.empty();
    }

    private static CredentialVerifier.KeyState state(IssuerKey key) {
        return switch (key.getState()) {
            case ACTIVE -> CredentialVerifier.KeyState.ACTIVE;
            case RETIRED -> CredentialVerifier.KeyState.RETIRED;
            case COMPROMISED -> CredentialVerifier.KeyState.COMPROMISED;
        };
    }

    /** Our lists, signed as they are published; others fetched within bounds, or why not. */
    private CredentialVerifier.StatusListAnswer statusList(String url, Fetches fetches) {
        Optional<Long> own = CredentialLinks.statusListIdIn(url);
        if (own.isPresent()) {
            return publisher.publish(own.get())
                    .<CredentialVerifier.StatusListAnswer>map(l -> new CredentialVerifier.StatusListAnswer.Found(
                            l.credential()))
                    .orElse(new CredentialVerifier.StatusListAnswer.Unavailable("the issuer has no such status list"));
        }
        String refusal = fetches.refusal();
        if (refusal != null) {
            return new CredentialVerifier.StatusListAnswer.Unavailable(refusal);
        }
        RemoteDocuments.Fetched fetched = remote.fetch(url);
        if (fetched instanceof RemoteDocuments.Fetched.Document document) {
            return new CredentialVerifier.StatusListAnswer.Found(document.json());
        }
        return new CredentialVerifier.StatusListAnswer.Unavailable(
                ((RemoteDocuments.Fetched.Refused) fetched).reason());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
