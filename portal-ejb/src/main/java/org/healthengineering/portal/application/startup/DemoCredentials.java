package org.healthengineering.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.credential.CredentialVerifier;
import org.healthengineering.portal.domain.credential.DidKey;
import org.healthengineering.portal.domain.credential.EddsaRdfc2022;
import org.healthengineering.portal.domain.credential.IdentityHash;
import org.healthengineering.portal.domain.credential.ImportedCredential;
import org.healthengineering.portal.domain.credential.OpenBadgeCredential;
import org.healthengineering.portal.domain.credential.ProofOptions;
import org.healthengineering.portal.domain.credential.VerificationReport;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.qualification.QualificationKind;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The demo's credentials (issue 13), all synthetic. Ada's wallet holds, once she opens it, her accredited course
 * completion (from the demo's courses) and LEAD.1, which Dev verified as her mentor; Dev's holds his award. Ada has
 * also imported a badge from "Synthetic Devices Academy (demo)", an issuer outside the portal signing with a
 * did:key made here, which passed every check and counts as the catalogue's "Sterile services decontamination
 * (demo)". Called from {@link DemoData} inside its transaction, after the courses and recognition.
 */
@ApplicationScoped
public class DemoCredentials {

    static final String ACHIEVEMENT = "https://academy.demo.example.org/achievements/decontamination";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    void load(LocalDate today) {
        Instant now = clock.instant();
        Account ada = account("ada.engineer@demo.example.org");
        long dev = account("dev.mentor@demo.example.org").getId();
        long lead1 = em.createQuery("SELECT c.id FROM Competency c WHERE c.frameworkId = 1 AND c.code = 'LEAD.1'",
                Long.class).getSingleResult();
        em.persist(CompetencyAssessment.verified(ada.getId(), lead1, 4, null, AssessmentSource.MENTOR, dev, null,
                now.minusSeconds(86_400 * 20L)));

        KeyPair academy;
        try {
            academy = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
        Qualification badge = new Qualification("DEMO-DECON", "Sterile services decontamination (demo)",
                "Synthetic Devices Academy (demo)", QualificationKind.CERTIFICATE, null, 36);
        badge.provedBy(ACHIEVEMENT, DidKey.of(academy.getPublic()));
        em.persist(badge);
        em.flush();

        String credential = outsideBadge(academy, ada.getEmail(), now, today);
        VerificationReport report = new CredentialVerifier(id -> Optional.empty(),
                url -> new CredentialVerifier.StatusListAnswer.Unavailable("no status is published"), clock)
                .verify(credential.getBytes(StandardCharsets.UTF_8), ada.getEmail());
        ImportedCredential imported = new ImportedCredential(ada.getId(), credential, report, now);
        em.persist(imported);
        if (imported.mayCount()) {
            HeldQualification held = new HeldQualification(ada.getId(), badge.getId(), today.minusMonths(2),
                    today.minusMonths(2).plusYears(3), null, "Open Badges credential from Synthetic Devices Academy"
                    + " (demo), verified on import.", today, now);
            held.verifyByCredential(now);
            em.persist(held);
            em.flush();
            imported.countsAs(held.getId());
        }
    }

    /** A badge from an issuer outside the portal, signed with a did:key made for the demo and then forgotten. */
    private static String outsideBadge(KeyPair key, String email, Instant now, LocalDate today) {
        Instant awarded = today.minusMonths(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        OpenBadgeCredential badge = new OpenBadgeCredential("urn:uuid:7d3c1c9e-0000-4a1b-9a57-000000000001",
                new OpenBadgeCredential.Profile(DidKey.of(key.getPublic()), "Synthetic Devices Academy (demo)",
                        "https://academy.demo.example.org", null),
                new OpenBadgeCredential.Achievement(ACHIEVEMENT, "Course", "Sterile services decontamination (demo)",
                        "A synthetic demo course.", "Attended three days and passed the practical assessment.", null,
                        null, List.of(), List.of()),
                new OpenBadgeCredential.Subject(IdentityHash.ofEmail(email), null, null, null, null, awarded),
                List.of(), awarded, awarded.plusSeconds(3L * 365 * 86_400), List.of());
        return EddsaRdfc2022.sign(badge.toJson(), ProofOptions.assertion(now, DidKey.verificationMethod(
                key.getPublic())), key.getPrivate()).toString();
    }

    private Account account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }
}
