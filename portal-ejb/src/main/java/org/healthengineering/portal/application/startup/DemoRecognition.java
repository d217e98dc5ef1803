package org.healthengineering.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.cpdaudit.Grade;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.recognition.AreaJudgement;
import org.healthengineering.portal.domain.recognition.AreaStatement;
import org.healthengineering.portal.domain.recognition.RecognitionApplication;
import org.healthengineering.portal.domain.recognition.RecognitionOutcome;
import org.healthengineering.portal.domain.recognition.RecognitionReferee;
import org.healthengineering.portal.domain.recognition.RecognitionScheme;
import org.healthengineering.portal.domain.recognition.SchemeArea;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo's professional recognition (issue 12), all synthetic, at the body IPEM: a scheme "Chief Healthcare
 * Engineer (recognised)" with an interview, to which Ben's application is under review (Ada and Dev confirmed as
 * referees, Gus has reported, Kit's report is awaited); and a scheme "Registered Clinical Technologist" without an
 * interview, which Dev holds and shows on the public register. Cleo may apply to either. Called from
 * {@link DemoData} inside its transaction, after the registrations with bodies.
 */
@ApplicationScoped
public class DemoRecognition {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    void load(LocalDate today) {
        Instant now = clock.instant();
        ProfessionalBody ipem = em.createQuery("SELECT b FROM ProfessionalBody b WHERE b.code = 'IPEM'",
                ProfessionalBody.class).getSingleResult();
        long ada = account("ada.engineer@demo.example.org");
        long ben = account("ben.engineer@demo.example.org");
        long dev = account("dev.mentor@demo.example.org");
        long gus = account("gus.assessor@demo.example.org");
        long kit = account("kit.assessor@demo.example.org");
        long hal = account("hal.body@demo.example.org");
        em.persist(new BodyRegistration(dev, ipem.getId(), today.minusYears(6), "DEMO-IPEM-DEV"));
        long lead1 = competency("LEAD.1");
        long lead2 = competency("LEAD.2");
        long tech2 = competency("TECH.2");

        RecognitionScheme chief = scheme(ipem, new RecognitionScheme.Terms("DEMO-CHE-R",
                "Chief Healthcare Engineer (recognised) (demo)", "Synthetic demo scheme: recognises engineers who lead"
                + " healthcare engineering at board level, with parity with the Head of Surgery, the Chief Nurse and"
                + " the Chief Pharmacist.", "CHEng", "CHE",
                List.of(new SchemeArea.Given(lead1, "Leading engineering services (demo)", 500),
                        new SchemeArea.Given(lead2, "Governance and assurance (demo)", 500)),
                List.of(new Criterion.Given(CriterionKind.EXPERIENCE, null, null, null, null, null, 8, null, null,
                                null, null),
                        new Criterion.Given(CriterionKind.FREE_TEXT, null, null, null, null, null, null, null, null,
                                null, "Has led a hospital-wide engineering service")),
                0, true, 5, "Renewed every five years on evidence of CPD and continued practice (demo)."), now);
        RecognitionScheme technologist = scheme(ipem, new RecognitionScheme.Terms("DEMO-RCT",
                "Registered Clinical Technologist (demo)", "Synthetic demo scheme: recognises clinical technologists"
                + " who maintain medical devices safely.", "RCT (demo)", null,
                List.of(new SchemeArea.Given(tech2, "Maintaining medical devices (demo)", 400)),
                List.of(), 0, false, 3, null), now);

        // Ben's application: submitted, both referees confirmed, one of two reviews in.
        RecognitionApplication bens = RecognitionApplication.start(chief, ben, now);
        em.persist(bens);
        bens.saveStatements(chief, List.of(
                new AreaStatement.Given(lead1, "Synthetic demo statement: I lead a team of twelve across two sites."),
                new AreaStatement.Given(lead2, "Synthetic demo statement: I chair the medical devices committee.")), now);
        bens.nameReferees(chief, List.of("ada.engineer@demo.example.org", "dev.mentor@demo.example.org"),
                "ben.engineer@demo.example.org", now);
        Map<String, String> tokens = new HashMap<>();
        bens.submit(chief, Set.of(), "ben.engineer@demo.example.org", email -> link(tokens, email), today.minusDays(12),
                now);
        confirmAll(bens, chief, tokens, List.of(ada, dev), now);
        bens.assignReviewers(List.of(gus, kit), now);
        bens.report(chief, gus, true, List.of(new AreaJudgement.Given(lead1, Grade.MET, null),
                new AreaJudgement.Given(lead2, Grade.PARTLY_MET, "Synthetic demo: little on assurance.")),
                RecognitionOutcome.AWARD, "Synthetic demo review: a capable leader.", now);

        // Dev's award, on the register with his consent.
        RecognitionApplication devs = RecognitionApplication.start(technologist, dev, now);
        em.persist(devs);
        devs.saveStatements(technologist, List.of(new AreaStatement.Given(tech2, "Synthetic demo statement: I"
                + " maintain infusion pumps and ventilators.")), now);
        devs.nameReferees(technologist, List.of("ada.engineer@demo.example.org", "gus.assessor@demo.example.org"),
                "dev.mentor@demo.example.org", now);
        devs.submit(technologist, Set.of(), "dev.mentor@demo.example.org", email -> link(tokens, email),
                today.minusDays(90), now);
        em.persist(new BodyRegistration(gus, ipem.getId(), today.minusYears(10), "DEMO-IPEM-GUS"));
        confirmAll(devs, technologist, tokens, List.of(ada, gus), now);
        devs.assignReviewers(List.of(kit, hal), now);
        for (long reviewer : List.of(kit, hal)) {
            devs.report(technologist, reviewer, true, List.of(new AreaJudgement.Given(tech2, Grade.MET, null)),
                    RecognitionOutcome.AWARD, "Synthetic demo review: competent and safe.", now);
        }
        devs.decide(technologist, new RecognitionApplication.Decision(RecognitionOutcome.AWARD, today.minusDays(30),
                null), hal, today.minusDays(30), now);
        HeldQualification held = devs.heldQualification(technologist, hal, today, now);
        em.persist(held);
        em.flush();
        devs.heldAs(held.getId());
        devs.consentToRegister(true, now);
    }

    private RecognitionScheme scheme(ProfessionalBody body, RecognitionScheme.Terms terms, Instant now) {
        Qualification entry = RecognitionScheme.catalogueEntry(terms, body.getName());
        em.persist(entry);
        em.flush();
        RecognitionScheme scheme = RecognitionScheme.define(body.getId(), entry.getId(), terms, now);
        scheme.open(now);
        em.persist(scheme);
        em.flush();
        return scheme;
    }

    /** Each referee in turn confirms through their link (the demo mails no link: it keeps the tokens it made). */
    private static void confirmAll(RecognitionApplication application, RecognitionScheme scheme,
                                   Map<String, String> tokens, List<Long> accounts, Instant now) {
        List<RecognitionReferee> referees = application.getReferees();
        for (int i = 0; i < referees.size(); i++) {
            application.confirmReferee(scheme, RecognitionReferee.hash(tokens.get(referees.get(i).getEmail())),
                    accounts.get(i), "Synthetic demo reference: I have worked alongside the applicant for years.", now);
        }
    }

    /** A new token for the referee's link, kept for {@link #confirmAll}; its hash is what the application stores. */
    private static String link(Map<String, String> tokens, String email) {
        String token = "demo-" + UUID.randomUUID();
        tokens.put(email, token);
        return RecognitionReferee.hash(token);
    }

    private long competency(String code) {
        return em.createQuery("SELECT c.id FROM Competency c WHERE c.frameworkId = 1 AND c.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    private long account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult()
                .getId();
    }
}
