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
import org.healthengineering.portal.domain.credential.CredentialKind;
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

import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

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

    /** Issues the credential of a source to its holder. */
    public IssuedCredential issue(CredentialContent.Source source) {
        Account holder = em.find(Account.class, source.holderId());
        CredentialIssuer issuer = keys.issuerFor(source.bodyId());
        IssuerKey ed25519 = keys.signingKey(issuer, KeyAlgorithm.ED25519);
        IssuerKey rsa = keys.signingKey(issuer, KeyAlgorithm.RSA);
        Entry revocation = entry(issuer, StatusPurpose.REVOCATION);
        Entry suspension = entry(issuer, StatusPurpose.SUSPENSION);

        Instant now = clock.instant();
        String publicId = UUID.randomUUID().toString();
        OpenBadgeCredential.Achievement a = source.achievement();
        var achievement = new OpenBadgeCredential.Achievement(
                CredentialLinks.achievement(issuer.getId(), source.achievementRef()), a.type(), a.name(),
                a.description(), a.criteria(), a.humanCode(), a.credits(), a.alignments(), a.levels());
        OpenBadgeCredential credential = new OpenBadgeCredential(CredentialLinks.credential(publicId),
                profile(issuer), achievement,
                new OpenBadgeCredential.Subject(IdentityHash.ofEmail(holder.getEmail()), source.creditsEarned(),
                        source.activityStart(), source.activityEnd(), source.level(), source.validFrom()),
                source.evidence(), source.validFrom(), source.validUntil(),
                List.of(new OpenBadgeCredential.StatusEntry(StatusPurpose.REVOCATION,
                                CredentialLinks.statusList(revocation.listId()), revocation.index()),
                        new OpenBadgeCredential.StatusEntry(StatusPurpose.SUSPENSION,
                                CredentialLinks.statusList(suspension.listId()), suspension.index())));
        JsonObject signed = EddsaRdfc2022.sign(credential.toJson(),
                ProofOptions.assertion(now, CredentialLinks.key(issuer.getId(), ed25519.getKeyRef())),
                keys.privateKey(ed25519));
        String jwt = VcJwt.sign(signed, (RSAPrivateKey) keys.privateKey(rsa),
                CredentialLinks.key(issuer.getId(), rsa.getKeyRef()));
        IssuedCredential issued = IssuedCredential.issued(new IssuedCredential.Issue(publicId, holder.getId(),
                        issuer.getId(), source.kind(), source.sourceId(), a.name(), now, source.validFrom(),
                        source.validUntil(), ed25519.getId(), rsa.getId(), signed.toString(), jwt),
                new IssuedCredential.StatusEntries(revocation.listId(), revocation.index(), suspension.listId(),
                        suspension.index()));
        em.persist(issued);
        return issued;
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

    /** The credential issued for a source, if any. */
    public Optional<IssuedCredential> forSource(CredentialKind kind, long sourceId) {
        return em.createQuery("SELECT c FROM IssuedCredential c WHERE c.kind = :kind AND c.sourceId = :source",
                        IssuedCredential.class).setParameter("kind", kind).setParameter("source", sourceId)
                .getResultStream().findFirst();
    }

    private record Entry(long listId, int index) {
    }

    /**
     * A random free entry in the issuer's list for the purpose that takes new credentials (locked while it is
     * taken), or in a new list when none does, or the one found stops taking them.
     */
    private Entry entry(CredentialIssuer issuer, StatusPurpose purpose) {
        Optional<Long> id = em.createQuery("SELECT l.id FROM StatusList l WHERE l.issuerId = :issuer"
                        + " AND l.purpose = :purpose AND l.accepting = TRUE ORDER BY l.id", Long.class)
                .setParameter("issuer", issuer.getId()).setParameter("purpose", purpose).setMaxResults(1)
                .getResultStream().findFirst();
        if (id.isPresent()) {
            StatusList list = em.find(StatusList.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
            String column = purpose == StatusPurpose.REVOCATION ? "revocation" : "suspension";
            OptionalInt index = list.take(random, i -> !em.createQuery("SELECT c.id FROM IssuedCredential c"
                            + " WHERE c." + column + "ListId = :list AND c." + column + "Index = :index", Long.class)
                    .setParameter("list", list.getId()).setParameter("index", i).setMaxResults(1).getResultList()
                    .isEmpty());
            if (index.isPresent()) {
                return new Entry(list.getId(), index.getAsInt());
            }
        }
        StatusList list = new StatusList(issuer.getId(), purpose, clock.instant());
        int index = list.take(random, i -> false).orElseThrow();
        em.persist(list);
        em.flush();
        return new Entry(list.getId(), index);
    }
}
