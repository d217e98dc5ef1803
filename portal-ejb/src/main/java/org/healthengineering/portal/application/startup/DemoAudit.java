package org.healthengineering.portal.application.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.cpdaudit.SelectionStore;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.AuditStandard;
import org.healthengineering.portal.domain.cpdaudit.CaseResponse;
import org.healthengineering.portal.domain.cpdaudit.EligibleList;
import org.healthengineering.portal.domain.cpdaudit.EligibleRegistrant;
import org.healthengineering.portal.domain.cpdaudit.SampleSelection;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The demo's CPD audit (synthetic): an IPEM campaign in progress whose sample holds Ada (profile submitted, assigned
 * to the demo assessors Gus and Kit), Ben (drafting his profile) and Cleo (asking to defer). Part of
 * {@link DemoData}'s one-time load, in its transaction.
 */
@ApplicationScoped
public class DemoAudit {

    static final String BODY = "IPEM";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    /** Ben and Cleo register with IPEM (Ada already is) so the campaign has several registrants to sample. */
    void load(LocalDate today) {
        Instant now = clock.instant();
        long body = em.createQuery("SELECT b.id FROM ProfessionalBody b WHERE b.code = :c", Long.class)
                .setParameter("c", BODY).getSingleResult();
        long ada = accountId("ada.engineer@demo.example.org");
        long ben = accountId("ben.engineer@demo.example.org");
        long cleo = accountId("cleo.engineer@demo.example.org");
        em.persist(new BodyRegistration(ben, body, today.minusYears(4), "DEMO-IPEM-B", "Clinical Scientist", false));
        em.persist(new BodyRegistration(cleo, body, today.minusYears(3), "DEMO-IPEM-C", "Clinical Technologist", false));
        em.flush();

        AuditCampaign campaign = AuditCampaign.open(body, new AuditCampaign.Terms("IPEM CPD audit (demo)",
                        today.minusMonths(18), today.minusDays(1), BigDecimal.ONE, 1, false, true, today.plusDays(60)),
                AuditStandard.of(AuditStandard.hcpcFive(), "standards"), accountId("hal.body@demo.example.org"),
                today, now);
        em.persist(campaign);
        em.flush();
        Map<Long, String> titles = em.createQuery("SELECT r FROM BodyRegistration r WHERE r.bodyId = :b",
                        BodyRegistration.class).setParameter("b", body).getResultStream()
                .collect(Collectors.toMap(BodyRegistration::getAccountId,
                        r -> campaign.stratumOf(r.getRegistrationTitle())));
        List<EligibleRegistrant> registrants = new ArrayList<>();
        titles.keySet().stream().filter(id -> Set.of(ada, ben, cleo).contains(id))
                .forEach(id -> registrants.add(new EligibleRegistrant(id, titles.get(id), false)));
        EligibleList eligible = EligibleList.of(registrants);
        try (Connection connection = dataSource.getConnection()) {
            SelectionStore.writeEligible(connection, campaign.getId(), eligible);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the demo campaign's eligible list", e);
        }
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        Map<Long, AuditCase> cases = new java.util.HashMap<>();
        for (SampleSelection.Sampled sampled : campaign.select(HexFormat.of().formatHex(seed), eligible, now)) {
            AuditCase auditCase = AuditCase.select(campaign.getId(), sampled, campaign.getDeadline(), now);
            cases.put(sampled.registrantId(), auditCase);
        }

        List<CpdActivity> adas = em.createQuery("SELECT a FROM CpdActivity a WHERE a.ownerId = :a"
                + " AND a.period.end >= :start AND a.period.start <= :end ORDER BY a.period.end, a.id", CpdActivity.class)
                .setParameter("a", ada).setParameter("start", campaign.getPeriodStart())
                .setParameter("end", campaign.getPeriodEnd()).getResultList();
        AuditCase adasCase = cases.get(ada);
        adasCase.respond(CaseResponse.PROFILE_TO_FOLLOW, null, today, now);
        adasCase.draft("Synthetic demo summary: I lead the clinical engineering service of a general hospital, from"
                        + " device procurement to decommissioning.",
                "Synthetic demo statement: the four activities chosen kept my record continuous and varied, improved"
                        + " how we maintain infusion pumps and ventilators, and made devices safer for patients.",
                adas.stream().limit(4).map(CpdActivity::getId).toList(),
                adas.stream().map(CpdActivity::getId).collect(Collectors.toSet()), today, now);
        adasCase.submit(adas, List.of(), today, now);
        adasCase.assignAssessors(accountId("gus.assessor@demo.example.org"), accountId("kit.assessor@demo.example.org"),
                now);
        cases.get(ben).draft("Synthetic demo summary: clinical scientist in medical physics.", null, List.of(), Set.of(),
                today, now);
        cases.get(cleo).respond(CaseResponse.DEFERRAL_REQUESTED, "Parental leave until the spring (demo).", today, now);
        cases.values().forEach(em::persist);
    }

    private long accountId(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult()
                .getId();
    }
}
