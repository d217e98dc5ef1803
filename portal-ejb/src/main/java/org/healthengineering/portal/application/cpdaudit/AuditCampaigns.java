package org.healthengineering.portal.application.cpdaudit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.AuditStandard;
import org.healthengineering.portal.domain.cpdaudit.BodyAuditStandard;
import org.healthengineering.portal.domain.cpdaudit.CampaignStatus;
import org.healthengineering.portal.domain.cpdaudit.CaseState;
import org.healthengineering.portal.domain.cpdaudit.EligibleList;
import org.healthengineering.portal.domain.cpdaudit.EligibleRegistrant;
import org.healthengineering.portal.domain.cpdaudit.Eligibility;
import org.healthengineering.portal.domain.cpdaudit.SampleSelection;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.DateText;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A body's CPD audit campaigns: the standards a body assesses, opening and revising a campaign, drawing its sample
 * (random from a fresh seed, recorded with the eligible list so anyone can recompute it) and verifying it. Body
 * administrators only.
 */
@Stateless
public class AuditCampaigns {

    static final String SUBJECT = "AuditCampaign";

    /** Where a sampled registrant's case is shown. */
    static String caseLink(long caseId) {
        return "/cpd-audit/case.xhtml?id=" + caseId;
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    @Inject
    AuditLookups lookups;

    @Inject
    Notifier notifier;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    private final SecureRandom random = new SecureRandom();

    /** A campaign with the body it belongs to. */
    public record CampaignView(AuditCampaign campaign, ProfessionalBody body) implements Serializable {
    }

    /** A stratum of the recorded eligible list: how many were eligible, drawn, and added as not engaged before. */
    public record Stratum(String name, int eligible, int drawn, int notEngagedBefore) implements Serializable {
    }

    /** The recorded selection: the campaign, its strata, and every sampled registrant with their case. */
    public record Selection(CampaignView view, List<Stratum> strata, List<AuditCase> cases,
                            List<EligibleRegistrant> eligible) {
    }

    /** What recomputing a selection found: whether it matches, and the two samples' sizes. */
    public record Verification(CampaignView view, boolean matches, int stored, int recomputed) implements Serializable {
    }

    // ------------------------------------------------------------------ the body's standards

    /** The standards a body assesses: its own list, or HCPC's five when it keeps none. */
    public List<AuditStandard.Given> standardsOf(String bodyCode) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        return standards(lookups.body(bodyCode));
    }

    /** Replaces the standards a body assesses in the campaigns it opens from now on. */
    public List<AuditStandard.Given> defineStandards(String bodyCode, List<AuditStandard.Given> given) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        ProfessionalBody body = lookups.body(bodyCode);
        List<AuditStandard> standards = AuditStandard.of(given, "standards");
        String before = describe(standards(body));
        em.createQuery("DELETE FROM BodyAuditStandard s WHERE s.bodyId = :b").setParameter("b", body.getId())
                .executeUpdate();
        standards.forEach(s -> em.persist(new BodyAuditStandard(body.getId(), s)));
        em.flush();
        audit.fire(new AuditEvent(AuditAction.AUDIT_STANDARDS_DEFINED, "ProfessionalBody", body.getCode(), before,
                describe(standards.stream().map(AuditStandard::given).toList())));
        return standards.stream().map(AuditStandard::given).toList();
    }

    private List<AuditStandard.Given> standards(ProfessionalBody body) {
        List<AuditStandard.Given> own = em.createQuery("SELECT s FROM BodyAuditStandard s WHERE s.bodyId = :b"
                        + " ORDER BY s.position", BodyAuditStandard.class).setParameter("b", body.getId())
                .getResultStream().map(BodyAuditStandard::given).toList();
        return own.isEmpty() ? AuditStandard.hcpcFive() : own;
    }

    // ------------------------------------------------------------------ campaigns

    /** Opens a campaign; without standards it assesses the body's. */
    public CampaignView open(String bodyCode, AuditCampaign.Terms terms, List<AuditStandard.Given> standards) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        ProfessionalBody body = lookups.body(bodyCode);
        List<AuditStandard> assessed = AuditStandard.of(standards == null ? standards(body) : standards, "standards");
        AuditCampaign campaign = AuditCampaign.open(body.getId(), terms, assessed, caller.accountId(),
                LocalDate.now(clock), clock.instant());
        em.persist(campaign);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.AUDIT_CAMPAIGN_OPENED, SUBJECT, campaign.getId(), terms(campaign)));
        return new CampaignView(campaign, body);
    }

    /** Changes a campaign's terms and standards until its sample is drawn. */
    public CampaignView revise(long id, AuditCampaign.Terms terms, List<AuditStandard.Given> standards) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCampaign campaign = lookups.campaign(id);
        String before = terms(campaign);
        List<AuditStandard> assessed = standards == null ? campaign.getStandards()
                : AuditStandard.of(standards, "standards");
        campaign.revise(terms, assessed, LocalDate.now(clock));
        audit.fire(new AuditEvent(AuditAction.AUDIT_CAMPAIGN_REVISED, SUBJECT, id, before, terms(campaign)));
        return lookups.view(campaign);
    }

    public CampaignView get(long id) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        return lookups.view(lookups.campaign(id));
    }

    /** A body's campaigns, newest first. */
    public List<CampaignView> ofBody(String bodyCode) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        ProfessionalBody body = lookups.body(bodyCode);
        return em.createQuery("SELECT c FROM AuditCampaign c WHERE c.bodyId = :b ORDER BY c.createdAt DESC, c.id DESC",
                        AuditCampaign.class).setParameter("b", body.getId()).getResultStream()
                .map(c -> new CampaignView(c, body)).toList();
    }

    // ------------------------------------------------------------------ the selection

    /**
     * Draws the sample: today's eligible registrants of the body (registered for the campaign's minimum years by
     * today, retired ones only if the campaign includes them), each in their stratum, those who did not engage with
     * the body's previous campaign marked; a fresh seed from a secure random source; then a case for each sampled
     * registrant, who is told by page and mail.
     */
    public Selection select(long id) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCampaign campaign = lookups.campaign(id);
        LocalDate today = LocalDate.now(clock);
        Eligibility eligibility = campaign.eligibility();
        Set<Long> notEngaged = notEngagedInPreviousCampaign(campaign);
        List<EligibleRegistrant> registrants = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r.accountId, r.registeredOn, r.retired, r.registrationTitle"
                + " FROM BodyRegistration r WHERE r.bodyId = :b", Object[].class)
                .setParameter("b", campaign.getBodyId()).getResultList()) {
            long accountId = (Long) r[0];
            if (eligibility.admits((LocalDate) r[1], (Boolean) r[2], today)) {
                registrants.add(new EligibleRegistrant(accountId, campaign.stratumOf((String) r[3]),
                        notEngaged.contains(accountId)));
            }
        }
        EligibleList eligible = EligibleList.of(registrants);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String seed = HexFormat.of().formatHex(bytes);
        List<SampleSelection.Sampled> sample = campaign.select(seed, eligible, clock.instant());
        List<AuditCase> cases = sample.stream()
                .map(sampled -> AuditCase.select(campaign.getId(), sampled, campaign.getDeadline(), clock.instant()))
                .toList();
        try (Connection connection = dataSource.getConnection()) {
            SelectionStore.writeEligible(connection, campaign.getId(), eligible);
            SelectionStore.writeCases(connection, cases);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the selection of campaign " + id, e);
        }
        ProfessionalBody body = lookups.body(campaign.getBodyId());
        notifier.notifyEach(cases.stream().map(auditCase -> new Notifier.Notice(auditCase.getRegistrantId(),
                Notification.Kind.AUDIT_SELECTED, body.getName() + " has selected you for its CPD audit \u201c"
                + campaign.getTitle() + "\u201d" + (auditCase.getReason() == SampleSelection.Reason.NOT_ENGAGED_BEFORE
                ? " because no profile came from you in its previous audit" : " at random")
                + ". Tell the body whether a profile will follow, and submit your CPD profile of "
                + DateText.day(campaign.getPeriodStart()) + " to " + DateText.day(campaign.getPeriodEnd())
                + " by " + DateText.day(campaign.getDeadline()) + ".", AuditCampaigns.caseLink(auditCase.getId())))
                .toList());
        audit.fire(new AuditEvent(AuditAction.AUDIT_SAMPLE_DRAWN, SUBJECT, id, null, "seed=" + seed + ", eligible="
                + eligible.size() + ", sampled=" + sample.size()));
        return selection(campaign, eligible, cases);
    }

    /** The recorded selection of a campaign whose sample is drawn. */
    public Selection selection(long id) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCampaign campaign = sampled(id);
        return selection(campaign, eligible(campaign), lookups.cases(campaign.getId()));
    }

    /** Recomputes the selection from the recorded seed and eligible list and compares it with the stored cases. */
    public Verification verify(long id) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCampaign campaign = sampled(id);
        EligibleList eligible = eligible(campaign);
        List<SampleSelection.Sampled> stored = storedSample(campaign);
        int recomputed = SampleSelection.select(campaign.getSeed(), campaign.getSamplingRate(), eligible.strata(),
                eligible.notEngagedBefore()).size();
        return new Verification(lookups.view(campaign), campaign.verifies(eligible, stored), stored.size(), recomputed);
    }

    private AuditCampaign sampled(long id) {
        AuditCampaign campaign = lookups.campaign(id);
        if (campaign.getStatus() != CampaignStatus.SAMPLED) {
            throw new org.healthengineering.portal.domain.shared.ConflictException("status",
                    "The sample of this campaign is not drawn yet.");
        }
        return campaign;
    }

    private EligibleList eligible(AuditCampaign campaign) {
        try (Connection connection = dataSource.getConnection()) {
            return SelectionStore.readEligible(connection, campaign.getId());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the eligible list of campaign " + campaign.getId(), e);
        }
    }

    private Selection selection(AuditCampaign campaign, EligibleList eligible, List<AuditCase> cases) {
        Map<String, int[]> counts = new TreeMap<>();
        eligible.registrants().forEach(e -> counts.computeIfAbsent(e.stratum(), s -> new int[3])[0]++);
        cases.forEach(c -> counts.computeIfAbsent(c.getStratum(), s -> new int[3])
                [c.getReason() == SampleSelection.Reason.DRAWN ? 1 : 2]++);
        return new Selection(lookups.view(campaign), strata(counts), cases, eligible.registrants());
    }

    /**
     * The strata of a drawn sample, counted by the database: what a page shows without reading the whole eligible
     * list and every case.
     */
    public List<Stratum> strata(long id) {
        caller.check(Permissions.CPD_AUDIT_MANAGE);
        AuditCampaign campaign = sampled(id);
        Map<String, int[]> counts = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> eligible = em.createNativeQuery("SELECT stratum, COUNT(*) FROM audit_campaign_eligible"
                + " WHERE campaign_id = ? GROUP BY stratum").setParameter(1, campaign.getId()).getResultList();
        eligible.forEach(r -> counts.computeIfAbsent((String) r[0], s -> new int[3])[0] = ((Number) r[1]).intValue());
        em.createQuery("SELECT c.stratum, c.reason, COUNT(c) FROM AuditCase c WHERE c.campaignId = :c"
                        + " GROUP BY c.stratum, c.reason", Object[].class).setParameter("c", campaign.getId())
                .getResultList().forEach(r -> counts.computeIfAbsent((String) r[0], s -> new int[3])
                        [r[1] == SampleSelection.Reason.DRAWN ? 1 : 2] += ((Number) r[2]).intValue());
        return strata(counts);
    }

    private static List<Stratum> strata(Map<String, int[]> counts) {
        return counts.entrySet().stream()
                .map(e -> new Stratum(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** The stored cases in the selection's order: those drawn per stratum by name in place order, then those added by id. */
    private List<SampleSelection.Sampled> storedSample(AuditCampaign campaign) {
        return lookups.cases(campaign.getId()).stream().map(AuditCase::sampled).toList();
    }

    /** Registrants whose case in the body's latest earlier sampled campaign ended non-engaged. */
    private Set<Long> notEngagedInPreviousCampaign(AuditCampaign campaign) {
        List<Long> previous = em.createQuery("SELECT c.id FROM AuditCampaign c WHERE c.bodyId = :b AND c.id <> :me"
                        + " AND c.status = :sampled ORDER BY c.selectedAt DESC, c.id DESC", Long.class)
                .setParameter("b", campaign.getBodyId()).setParameter("me", campaign.getId())
                .setParameter("sampled", CampaignStatus.SAMPLED).setMaxResults(1).getResultList();
        if (previous.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT c.registrantId FROM AuditCase c WHERE c.campaignId = :c"
                        + " AND c.state = :ne", Long.class).setParameter("c", previous.get(0))
                .setParameter("ne", CaseState.NON_ENGAGED).getResultList());
    }

    private static String terms(AuditCampaign c) {
        return c.getTitle() + ": " + c.getPeriodStart() + " to " + c.getPeriodEnd() + ", rate " + c.getSamplingRate()
                + ", " + c.getMinimumYears() + " years, retired " + (c.isRetiredIncluded() ? "in" : "out")
                + ", " + (c.isStratifyByTitle() ? "by title" : "one stratum") + ", deadline " + c.getDeadline()
                + ", standards " + c.standardCodes();
    }

    private static String describe(List<AuditStandard.Given> standards) {
        return standards.stream().map(AuditStandard.Given::code).toList().toString();
    }
}
