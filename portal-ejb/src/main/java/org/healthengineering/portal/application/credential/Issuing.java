package org.healthengineering.portal.application.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.healthengineering.portal.application.notification.Links;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.credential.CredentialIssuer;
import org.healthengineering.portal.domain.credential.CredentialState;
import org.healthengineering.portal.domain.credential.EddsaRdfc2022;
import org.healthengineering.portal.domain.credential.IdentityHash;
import org.healthengineering.portal.domain.credential.IssuedCredential;
import org.healthengineering.portal.domain.credential.IssuerKey;
import org.healthengineering.portal.domain.credential.KeyAlgorithm;
import org.healthengineering.portal.domain.credential.OpenBadgeCredential;
import org.healthengineering.portal.domain.credential.ProofOptions;
import org.healthengineering.portal.domain.credential.StatusList;
import org.healthengineering.portal.domain.credential.StatusPurpose;
import org.healthengineering.portal.domain.credential.VcJwt;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Issues credentials and changes their status: signs a source's credential with the issuer's active keys (an
 * embedded {@code eddsa-rdfc-2022} proof, then the signed credential as an RS256 VC-JWT), gives it random entries
 * in the issuer's revocation and suspension lists, and keeps it; and sets or clears those entries. Checks no
 * permission: its callers are use cases that have.
 */
@ApplicationScoped
public class Issuing {

    /** The issuer's name when the portal issues on its own account. */
    public static final String PORTAL_NAME = "Healthcare Engineering Portal";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    IssuerKeys keys;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    /** The server's managed threads, for signing a batch on every core. */
    @Resource
    ManagedExecutorService executor;

    /**
     * A run of issues in one transaction that finds each issuer's keys and locks its status lists once, instead of
     * once per credential.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Issues credentials, one after another, in the caller's transaction. */
    public final class Batch {

        private final Map<Long, Signer> signers = new HashMap<>();

        private Batch() {
        }

        /**
         * Issues the credentials of the sources: their status entries are taken and their documents written one
         * after another, then signed on the server's cores at once (signing touches nothing shared), then kept.
         */
        public List<IssuedCredential> issueAll(List<CredentialContent.Source> sources) {
            // Issuer by issuer, the portal first, then bodies by id: two batches lock status lists in one order.
            List<Unsigned> unsigned = sources.stream()
                    .sorted(java.util.Comparator.comparingLong(s -> s.bodyId() == null ? -1L : s.bodyId()))
                    .map(this::prepare).toList();
            List<String[]> signed = sign(unsigned);
            List<IssuedCredential> issued = new ArrayList<>();
            for (int i = 0; i < unsigned.size(); i++) {
                Unsigned u = unsigned.get(i);
                CredentialContent.Source source = u.source();
                IssuedCredential credential = IssuedCredential.issued(new IssuedCredential.Issue(u.publicId(),
                                u.holderId(), u.signer().issuer.getId(), source.kind(), source.sourceId(),
                                source.achievement().name(), u.now(), source.validFrom(), source.validUntil(),
                                u.signer().ed25519.getId(), u.signer().rsa.getId(), signed.get(i)[0], signed.get(i)[1]),
                        new IssuedCredential.StatusEntries(u.revocation().listId(), u.revocation().index(),
                                u.suspension().listId(), u.suspension().index()));
                em.persist(credential);
                issued.add(credential);
            }
            return issued;
        }

        private Unsigned prepare(CredentialContent.Source source) {
            Signer signer = signers.computeIfAbsent(source.bodyId() == null ? -1L : source.bodyId(),
                    body -> new Signer(keys.issuerFor(source.bodyId())));
            Account holder = em.find(Account.class, source.holderId());
            Entry revocation = signer.revocation.take();
            Entry suspension = signer.suspension.take();
            Instant now = clock.instant();
            String publicId = UUID.randomUUID().toString();
            CredentialIssuer issuer = signer.issuer;
            OpenBadgeCredential.Achievement a = source.achievement();
            var achievement = new OpenBadgeCredential.Achievement(
                    CredentialLinks.achievement(issuer.getId(), source.achievementRef()), a.type(), a.name(),
                    a.description(), a.criteria(), a.humanCode(), a.credits(), a.alignments(), a.levels());
            OpenBadgeCredential credential = new OpenBadgeCredential(CredentialLinks.credential(publicId),
                    signer.profile, achievement,
                    new OpenBadgeCredential.Subject(IdentityHash.ofEmail(holder.getEmail()), source.creditsEarned(),
                            source.activityStart(), source.activityEnd(), source.level(), source.validFrom()),
                    source.evidence(), source.validFrom(), source.validUntil(),
                    List.of(new OpenBadgeCredential.StatusEntry(StatusPurpose.REVOCATION,
                                    CredentialLinks.statusList(revocation.listId()), revocation.index()),
                            new OpenBadgeCredential.StatusEntry(StatusPurpose.SUSPENSION,
                                    CredentialLinks.statusList(suspension.listId()), suspension.index())));
            return new Unsigned(source, signer, holder.getId(), publicId, now, revocation, suspension,
                    credential.toJson(), CredentialLinks.key(issuer.getId(), signer.ed25519.getKeyRef()),
                    CredentialLinks.key(issuer.getId(), signer.rsa.getKeyRef()));
        }

        /** Each document with its embedded proof, and its JWT; in parallel when there are several. */
        private List<String[]> sign(List<Unsigned> unsigned) {
            if (unsigned.size() < 4 || executor == null) {
                return unsigned.stream().map(Unsigned::sign).toList();
            }
            try {
                List<Future<String[]>> futures = executor.invokeAll(unsigned.stream()
                        .map(u -> (Callable<String[]>) u::sign).toList());
                List<String[]> signed = new ArrayList<>();
                for (Future<String[]> future : futures) {
                    signed.add(future.get());
                }
                return signed;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while signing credentials", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("a credential could not be signed", e.getCause());
            }
        }
    }

    /** A credential written and waiting for its signatures. */
    private record Unsigned(CredentialContent.Source source, Signer signer, long holderId, String publicId,
                            Instant now, Entry revocation, Entry suspension, JsonObject document,
                            String ed25519KeyId, String rsaKeyId) {

        String[] sign() {
            JsonObject signed = EddsaRdfc2022.sign(document, ProofOptions.assertion(now, ed25519KeyId),
                    signer.ed25519Private);
            return new String[] {signed.toString(), VcJwt.sign(signed, signer.rsaPrivate, rsaKeyId)};
        }
    }

    /** An issuer's keys, opened, and its two lists, locked, for a batch. */
    private final class Signer {

        final CredentialIssuer issuer;
        final OpenBadgeCredential.Profile profile;
        final IssuerKey ed25519;
        final IssuerKey rsa;
        final java.security.PrivateKey ed25519Private;
        final RSAPrivateKey rsaPrivate;
        final Entries revocation;
        final Entries suspension;

        Signer(CredentialIssuer issuer) {
            this.issuer = issuer;
            this.profile = profile(issuer);
            this.ed25519 = keys.signingKey(issuer, KeyAlgorithm.ED25519);
            this.rsa = keys.signingKey(issuer, KeyAlgorithm.RSA);
            this.ed25519Private = keys.privateKey(ed25519);
            this.rsaPrivate = (RSAPrivateKey) keys.privateKey(rsa);
            this.revocation = new Entries(issuer.getId(), StatusPurpose.REVOCATION);
            this.suspension = new Entries(issuer.getId(), StatusPurpose.SUSPENSION);
        }
    }

    /** The issuer as its credentials name it: the body, or the portal. */
    public OpenBadgeCredential.Profile profile(CredentialIssuer issuer) {
        if (issuer.getBodyId() == null) {
            return new OpenBadgeCredential.Profile(CredentialLinks.issuer(issuer.getId()), PORTAL_NAME,
                    Links.absolute("/"), "Issues credentials for competencies verified by mentors and assessors.");
        }
        ProfessionalBody body = em.find(ProfessionalBody.class, issuer.getBodyId());
        return new OpenBadgeCredential.Profile(CredentialLinks.issuer(issuer.getId()), body.getName(),
                Links.absolute("/"), "A professional body for healthcare engineers, issuing through the "
                + PORTAL_NAME + ".");
    }

    /**
     * Changes a credential's state in its status lists: revoked sets its revocation entry; suspended sets its
     * suspension entry; active clears the suspension entry. The lists are locked while they change.
     */
    public void publishState(IssuedCredential credential) {
        Instant now = clock.instant();
        if (credential.getState() == CredentialState.REVOKED) {
            em.find(StatusList.class, credential.getRevocationListId(), LockModeType.PESSIMISTIC_WRITE)
                    .mark(credential.getRevocationIndex(), true, now);
        } else {
            em.find(StatusList.class, credential.getSuspensionListId(), LockModeType.PESSIMISTIC_WRITE)
                    .mark(credential.getSuspensionIndex(), credential.getState() == CredentialState.SUSPENDED, now);
        }
    }

    private record Entry(long listId, int index) {
    }

    /**
     * The entries of an issuer's list for one purpose that a batch hands out: the list that takes new credentials,
     * locked for the rest of the transaction, and the entries already taken in it, read once; a new list when none
     * takes credentials or the one found stops.
     */
    private final class Entries {

        private final long issuerId;
        private final StatusPurpose purpose;
        private StatusList list;

        Entries(long issuerId, StatusPurpose purpose) {
            this.issuerId = issuerId;
            this.purpose = purpose;
        }

        Entry take() {
            if (list == null) {
                open();
            }
            OptionalInt index = list.take(random);
            if (index.isEmpty()) {
                list = new StatusList(issuerId, purpose, clock.instant());
                em.persist(list);
                em.flush();
                index = list.take(random);
            }
            return new Entry(list.getId(), index.getAsInt());
        }

        private void open() {
            Optional<Long> id = em.createQuery("SELECT l.id FROM StatusList l WHERE l.issuerId = :issuer"
                            + " AND l.purpose = :purpose AND l.accepting = TRUE ORDER BY l.id", Long.class)
                    .setParameter("issuer", issuerId).setParameter("purpose", purpose).setMaxResults(1)
                    .getResultStream().findFirst();
            if (id.isPresent()) {
                // A locking read: it sees what other transactions committed, whatever this one read before.
                list = em.find(StatusList.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
                em.refresh(list, LockModeType.PESSIMISTIC_WRITE);
            } else {
                list = new StatusList(issuerId, purpose, clock.instant());
                em.persist(list);
                em.flush();
            }
        }
    }
}
