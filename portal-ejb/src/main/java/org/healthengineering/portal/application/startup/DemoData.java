package org.healthengineering.portal.application.startup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.audit.AuditRecorder;
import org.healthengineering.portal.domain.shared.InstantConverter;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.assessment.EngineerProfile;
import org.healthengineering.portal.domain.eligibility.CpdCycle;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.domain.eligibility.RollUpKind;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.hospital.Hospital;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.leadership.BoardSeat;
import org.healthengineering.portal.domain.leadership.DecisionPower;
import org.healthengineering.portal.domain.leadership.LeadershipPost;
import org.healthengineering.portal.domain.leadership.ParityScorecard;
import org.healthengineering.portal.domain.mentoring.MentorProfile;
import org.healthengineering.portal.domain.leadership.PostKind;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.ActivityDetails;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdObjective;
import org.healthengineering.portal.domain.vacancy.SpecCriterion;
import org.healthengineering.portal.domain.vacancy.Vacancy;
import org.healthengineering.portal.domain.staffing.Quarter;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Clearly synthetic demo data: one account per role (all under {@code demo.example.org}, names marked
 * "(demo)"), a CPD history for the engineers, and for three of them a profile, qualifications and
 * self-assessments against the starter framework so that readiness has something to show (its leadership domain
 * reached through a roll-up rule), a synthetic
 * hospital with a leadership structure and eight quarters of staffing returns for the demo hospital administrator
 * and board viewer, and 400 synthetic peer hospitals ({@link SyntheticHospitals}) to benchmark it against; Ada also
 * has a plan objective about to fall due and an activity without its reflection, so the CPD reminders find
 * something. Loaded
 * once, the first time the portal starts in demo mode; the logins are logged at every demo start so the launcher
 * can show them.
 */
@Stateless
public class DemoData {

    /** The password of every demo account. Demo mode only: these accounts never exist otherwise. */
    public static final String PASSWORD = "synthetic-demo-2026";
    static final String LOGIN_LINE = "Demo login: ";
    private static final String LOADED = "demo.loaded-at";
    /** Synthetic peers for benchmarking, and the quarters of returns each (and the demo hospital) has. */
    static final int PEER_HOSPITALS = 400;
    static final int PEER_QUARTERS = 8;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record DemoAccount(String email, String name, Set<Role> roles, int activities) {
    }

    /** What a demo engineer holds and has assessed against the starter framework (HEP-CORE 1.0). */
    private record DemoCompetence(String email, int years, String post, List<String> qualifications,
                                  Map<String, Integer> levels) {
    }

    private static final List<DemoCompetence> COMPETENCE = List.of(
            new DemoCompetence("ada.engineer@demo.example.org", 14, "Head of Clinical Engineering (demo)",
                    List.of("CENG", "MSC-CE"), Map.of("LEAD.1", 4, "LEAD.2", 3, "LEAD.3", 3, "TECH.3", 4,
                    "PEOPLE.1", 4, "PEOPLE.2", 3, "PROF.2", 4)),
            new DemoCompetence("ben.engineer@demo.example.org", 3, "Clinical Technologist (demo)",
                    List.of("RCT"), Map.of("TECH.2", 3, "TECH.5", 2, "PROF.1", 3)),
            new DemoCompetence("dev.mentor@demo.example.org", 9, "Community Equipment Lead (demo)",
                    List.of("IENG", "SOCIAL-CARE"), Map.of("CARE.1", 3, "CARE.2", 4, "CARE.3", 3, "PEOPLE.3", 4,
                    "TECH.2", 3, "LEAD.1", 2)));

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("ada.engineer@demo.example.org", "Ada Quill (demo)", Set.of(Role.ENGINEER), 9),
            new DemoAccount("ben.engineer@demo.example.org", "Ben Rivet (demo)", Set.of(Role.ENGINEER), 6),
            new DemoAccount("cleo.engineer@demo.example.org", "Cleo Sprocket (demo)", Set.of(Role.ENGINEER), 3),
            new DemoAccount("dev.mentor@demo.example.org", "Dev Gauge (demo)", Set.of(Role.ENGINEER, Role.MENTOR), 5),
            new DemoAccount("eve.hospital@demo.example.org", "Eve Lintel (demo)", Set.of(Role.HOSPITAL_ADMIN), 0),
            new DemoAccount("finn.board@demo.example.org", "Finn Ledger (demo)", Set.of(Role.BOARD_VIEWER), 0),
            new DemoAccount("gus.assessor@demo.example.org", "Gus Caliper (demo)", Set.of(Role.ASSESSOR), 0),
            new DemoAccount("kit.assessor@demo.example.org", "Kit Plumb (demo)", Set.of(Role.ASSESSOR), 0),
            new DemoAccount("hal.body@demo.example.org", "Hal Charter (demo)", Set.of(Role.BODY_ADMIN), 0),
            new DemoAccount("ivy.sysadmin@demo.example.org", "Ivy Console (demo)", Set.of(Role.SYSTEM_ADMIN), 0),
            new DemoAccount("jo.provider@demo.example.org", "Jo Syllabus (demo)", Set.of(Role.TRAINING_PROVIDER), 0));

    /** Registrations with professional bodies for two engineers, so that CPD progress has something to show. */
    private void registerWithBodies(LocalDate today) {
        Map<String, List<String>> bodies = Map.of("ada.engineer@demo.example.org", List.of("IPEM", "ENGC"),
                "ben.engineer@demo.example.org", List.of("HCPC"));
        bodies.forEach((email, codes) -> codes.forEach(code -> {
            long bodyId = em.createQuery("SELECT b.id FROM ProfessionalBody b WHERE b.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult();
            em.persist(new BodyRegistration(accountId(email), bodyId, today.minusMonths(15), "DEMO-" + code));
        }));
    }

    /**
     * Something for the CPD reminders to find for Ada at their next run (the daily job, or Administration's
     * {@code POST /api/v1/operations/reminders}): an objective due in five days, and a recent activity whose
     * reflection the Engineering Council requires but she has not written yet.
     */
    private void remindAda(LocalDate today) {
        long ada = accountId("ada.engineer@demo.example.org");
        em.persist(CpdObjective.plan(ada, new CpdObjective.Plan("Review the theatre equipment replacement plan (demo)",
                "Synthetic demo objective: agree the replacement order with the theatre managers.",
                today.plusDays(5), null, null), clock.instant()));
        em.persist(CpdActivity.log(ada, new ActivityDetails("Device alarm management study day (demo)",
                ActivityType.FORMAL_LEARNING, today.minusDays(10), today.minusDays(10), new BigDecimal("6"), "", "",
                "", null), today, clock.instant()));
    }

    /** A synthetic hospital for the demo hospital administrator and board viewer, and peers to compare it with. */
    private void loadHospital() {
        Hospital hospital = new Hospital("DEMO-RXX", "Synthetic General Hospital (demo)", HospitalKind.ACUTE,
                "Midlands", 620, 18_500, false, clock.instant());
        hospital.assignMembers(Set.of(accountId("eve.hospital@demo.example.org")),
                Set.of(accountId("finn.board@demo.example.org")));
        em.persist(hospital);
        em.flush();
        LeadershipPost ceo = post(hospital, "Chief Executive (demo)", PostKind.CHIEF_EXECUTIVE, null, BoardSeat.VOTING,
                null, 7, null);
        post(hospital, "Head of Healthcare Engineering (demo)", PostKind.CHIEF_HEALTHCARE_ENGINEER, ceo.getId(),
                BoardSeat.ATTENDING, "2400000", 5, EnumSet.of(DecisionPower.PROCUREMENT_SIGN_OFF,
                        DecisionPower.DEVICE_SAFETY_VETO));
        post(hospital, "Head of Surgery (demo)", PostKind.HEAD_OF_SURGERY, ceo.getId(), BoardSeat.VOTING, "9000000", 6,
                EnumSet.of(DecisionPower.PROCUREMENT_SIGN_OFF, DecisionPower.STAFFING_DECISIONS,
                        DecisionPower.POLICY_APPROVAL));
        post(hospital, "Chief Nurse (demo)", PostKind.CHIEF_NURSE, ceo.getId(), BoardSeat.VOTING, "6500000", 6,
                EnumSet.of(DecisionPower.STAFFING_DECISIONS, DecisionPower.POLICY_APPROVAL,
                        DecisionPower.INCIDENT_INVESTIGATION_LEAD));
        post(hospital, "Chief Pharmacist (demo)", PostKind.CHIEF_PHARMACIST, ceo.getId(), BoardSeat.ATTENDING,
                "3000000", 5, null);
        demoVacancies(hospital);
        ParityScorecard card = ParityScorecard.of(em.createQuery("SELECT p FROM LeadershipPost p"
                + " WHERE p.hospitalId = :h", LeadershipPost.class).setParameter("h", hospital.getId()).getResultList());
        hospital.recordLeadership(card.engineeringLead().isPresent(), card.overall().orElse(null));
        em.flush();
        Quarter last = Quarter.of(LocalDate.now(clock)).minus(1);
        try (Connection connection = dataSource.getConnection()) {
            SyntheticHospitals.addReturns(connection, hospital.getId(), hospital.getKind(), hospital.getBeds(),
                    hospital.getMedicalDevices(), last, PEER_QUARTERS, 7);
            SyntheticHospitals.Summary peers = SyntheticHospitals.generate(connection, PEER_HOSPITALS, last,
                    PEER_QUARTERS, 2026, false);
            LOG.info("Loaded " + peers.hospitals() + " synthetic peer hospitals with " + peers.returns()
                    + " staffing returns.");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the synthetic hospitals", e);
        }
    }

    /**
     * Two open vacancies at the demo hospital (issue 12), shortlisted by Eve and Finn: its head of healthcare
     * engineering post, and a clinical engineer. Engineers see their eligibility for both and may apply; the head's
     * post asks for the starter framework's leadership domain, which Ada reaches through its roll-up rule.
     */
    private void demoVacancies(Hospital hospital) {
        LocalDate today = LocalDate.now(clock);
        Long head = em.createQuery("SELECT p.id FROM LeadershipPost p WHERE p.hospitalId = :h AND p.kind = :k",
                Long.class).setParameter("h", hospital.getId()).setParameter("k", PostKind.CHIEF_HEALTHCARE_ENGINEER)
                .getSingleResult();
        long tech2 = em.createQuery("SELECT c.id FROM Competency c WHERE c.frameworkId = 1 AND c.code = :code",
                Long.class).setParameter("code", "TECH.2").getSingleResult();
        long lead = em.createQuery("SELECT c.id FROM Competency c WHERE c.frameworkId = 1 AND c.code = :code",
                Long.class).setParameter("code", "LEAD").getSingleResult();
        long ipem = em.createQuery("SELECT b.id FROM ProfessionalBody b WHERE b.code = 'IPEM'", Long.class)
                .getSingleResult();
        Set<Long> shortlisters = Set.of(accountId("eve.hospital@demo.example.org"),
                accountId("finn.board@demo.example.org"));
        List<Vacancy> vacancies = List.of(
                Vacancy.draft(hospital.getId(), new Vacancy.Details("Head of Healthcare Engineering (demo)", head, "CHE",
                        "Band 8d", "Synthetic General Hospital, Midlands", new BigDecimal("37.5"), today.plusDays(30),
                        "Synthetic demo vacancy: lead clinical and estates engineering, with a seat at the board."),
                        List.of(new SpecCriterion.Given(true, new Criterion.Given(CriterionKind.EXPERIENCE, null, null,
                                        null, null, null, 8, null, null, null, null)),
                                new SpecCriterion.Given(false, new Criterion.Given(CriterionKind.COMPETENCY, null, null,
                                        tech2, 3, true, null, null, null, null, null)),
                                new SpecCriterion.Given(false, new Criterion.Given(CriterionKind.COMPETENCY, null, null,
                                        lead, 3, false, null, null, null, null, null)),
                                new SpecCriterion.Given(true, new Criterion.Given(CriterionKind.FREE_TEXT, null, null,
                                        null, null, null, null, null, null, null, "Has led an equipment or estates"
                                        + " project across a hospital"))),
                        accountId("eve.hospital@demo.example.org"), today, clock.instant()),
                Vacancy.draft(hospital.getId(), new Vacancy.Details("Clinical Engineer (demo)", null, null, "Band 7",
                        "Synthetic General Hospital, Midlands", new BigDecimal("37.5"), today.plusDays(14),
                        "Synthetic demo vacancy: maintain and calibrate medical devices across the wards."),
                        List.of(new SpecCriterion.Given(true, new Criterion.Given(CriterionKind.REGISTRATION, null, ipem,
                                        null, null, null, null, null, null, null, null)),
                                new SpecCriterion.Given(false, new Criterion.Given(CriterionKind.CPD_COMPLIANCE, null,
                                        ipem, null, null, null, null, CpdCycle.CURRENT, null, null, null))),
                        accountId("eve.hospital@demo.example.org"), today, clock.instant()));
        for (Vacancy vacancy : vacancies) {
            vacancy.publish(today, clock.instant());
            vacancy.chooseShortlisters(shortlisters, shortlisters, clock.instant());
            em.persist(vacancy);
        }
    }

    /**
     * A roll-up rule for newcomers to see (issue 12): the starter framework's "Leadership and governance" domain is
     * reached through 3 of its 4 competencies, which Ada's own levels do at level 3. Demo data only, loaded before
     * anyone has used the portal: the seed framework is already published, so the rule goes straight onto its node,
     * which checks it as the framework service would for a draft.
     */
    private void ruleLeadership() {
        Competency lead = em.createQuery("SELECT c FROM Competency c WHERE c.frameworkId = 1 AND c.code = 'LEAD'",
                Competency.class).getSingleResult();
        long children = em.createQuery("SELECT COUNT(c) FROM Competency c WHERE c.parentId = :p", Long.class)
                .setParameter("p", lead.getId()).getSingleResult();
        lead.ruleRollUp(RollUpKind.POINTS, 3, (int) children);
    }

    private LeadershipPost post(Hospital hospital, String title, PostKind kind, Long reportsTo, BoardSeat seat,
                                String budget, Integer level, Set<DecisionPower> powers) {
        LeadershipPost post = new LeadershipPost(hospital.getId(), new LeadershipPost.PostDetails(title, kind, null,
                null, null, reportsTo, seat, budget == null ? null : new BigDecimal(budget), level, powers));
        em.persist(post);
        em.flush();
        return post;
    }

    private long accountId(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult()
                .getId();
    }

    private static final String[][] ACTIVITIES = {
            {"Infusion pump maintenance course (demo)", "FORMAL_LEARNING"},
            {"Shadowed theatre equipment checks (demo)", "WORK_BASED_LEARNING"},
            {"Read guidance on networked medical devices (demo)", "SELF_DIRECTED_LEARNING"},
            {"Presented device incident review to ward staff (demo)", "PROFESSIONAL_ACTIVITY"},
            {"Ventilator calibration workshop (demo)", "FORMAL_LEARNING"},
            {"Mentored an apprentice technician (demo)", "PROFESSIONAL_ACTIVITY"},
            {"Webinar on IEC 60601 updates (demo)", "SELF_DIRECTED_LEARNING"},
            {"Procurement panel for dialysis machines (demo)", "WORK_BASED_LEARNING"},
            {"Visited a community equipment service (demo)", "OTHER"},
    };

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    AuditRecorder audit;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    DemoCourses demoCourses;

    @Inject
    DemoAudit demoAudit;

    @Inject
    DemoRecognition demoRecognition;

    @Inject
    DemoCredentials demoCredentials;

    /** The demo accounts that log CPD, for their first reminders as soon as the demo starts. */
    public List<Long> engineerIds() {
        List<String> emails = ACCOUNTS.stream()
                .filter(a -> a.roles().stream().anyMatch(r -> r.getPermissions().contains(Permissions.CPD_LOG)))
                .map(DemoAccount::email).toList();
        return em.createQuery("SELECT a.id FROM Account a WHERE a.email IN :emails ORDER BY a.id", Long.class)
                .setParameter("emails", emails).getResultList();
    }

    /**
     * Loads the demo data unless it is there; answers whether this call loaded it. Nodes of a cluster starting together
     * race here: each first claims the marker row, and the database lets one insert it (the others wait on it, then
     * find it taken), so the data is loaded once.
     */
    public boolean loadOnce() {
        Instant now = clock.instant();
        int claimed = em.createNativeQuery("INSERT IGNORE INTO portal_setting (name, value, updated_at) VALUES (?, ?, ?)")
                .setParameter(1, LOADED)
                .setParameter(2, now.toString())
                .setParameter(3, InstantConverter.utc(now))
                .executeUpdate();
        if (claimed == 1) {
            load();
        }
        ACCOUNTS.forEach(a -> LOG.info(LOGIN_LINE + a.email() + " / " + PASSWORD + "  " + a.roles()));
        return claimed == 1;
    }

    private void load() {
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        for (DemoAccount demo : ACCOUNTS) {
            Account account = provisioning.provision(demo.email(), demo.name(), PASSWORD, demo.roles());
            for (int i = 0; i < demo.activities(); i++) {
                String[] template = ACTIVITIES[(i + demo.email().length()) % ACTIVITIES.length];
                LocalDate end = today.minusDays(5 + random.nextInt(540));
                LocalDate start = end.minusDays(random.nextInt(3));
                BigDecimal hours = BigDecimal.valueOf(1 + random.nextInt(28)).divide(BigDecimal.valueOf(4))
                        .add(BigDecimal.ONE);
                ActivityDetails details = new ActivityDetails(template[0], ActivityType.valueOf(template[1]),
                        start, end, hours,
                        "Synthetic demo reflection: what was learned.",
                        "Synthetic demo reflection: how it was applied at work.",
                        "Synthetic demo reflection: safer, better-maintained equipment for patients.",
                        null);
                em.persist(CpdActivity.log(account.getId(), details, today, clock.instant()));
            }
        }
        for (DemoCompetence competence : COMPETENCE) {
            long accountId = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                    .setParameter("email", competence.email()).getSingleResult().getId();
            EngineerProfile profile = new EngineerProfile(accountId, clock.instant());
            profile.update(competence.years(), competence.post(), clock.instant());
            em.persist(profile);
            for (String code : competence.qualifications()) {
                long qualificationId = em.createQuery("SELECT q.id FROM Qualification q WHERE q.code = :code",
                        Long.class).setParameter("code", code).getSingleResult();
                em.persist(new HeldQualification(accountId, qualificationId, today.minusYears(5), null,
                        "DEMO-" + code, "Synthetic demo record", today, clock.instant()));
            }
            competence.levels().forEach((code, level) -> {
                long competencyId = em.createQuery("SELECT c.id FROM Competency c WHERE c.frameworkId = 1"
                        + " AND c.code = :code", Long.class).setParameter("code", code).getSingleResult();
                em.persist(CompetencyAssessment.self(accountId, competencyId, level, "Synthetic demo assessment",
                        null, null, Set.of(), clock.instant()));
            });
        }
        ruleLeadership();
        registerWithBodies(today);
        remindAda(today);
        demoAudit.load(today);
        em.persist(new MentorProfile(accountId("dev.mentor@demo.example.org"), new MentorProfile.Offer("Midlands", 3,
                "Tuesday and Thursday afternoons (demo)", "Synthetic demo mentor: device management and leadership.",
                true, Map.of(2L, 4, 3L, 5, 4L, 4, 8L, 4, 9L, 4, 10L, 5)), clock.instant()));
        loadHospital();
        TrainingProvider provider = new TrainingProvider("DEMO-TP", "Synthetic Devices Academy (demo)",
                "courses@academy.demo.example.org", "https://academy.demo.example.org", clock.instant());
        provider.assignMembers(Set.of(accountId("jo.provider@demo.example.org")));
        em.persist(provider);
        demoCourses.load(provider, today);
        demoRecognition.load(today);
        demoCredentials.load(today);
        audit.record(AuditEvent.created(AuditAction.DEMO_DATA_LOADED, "Portal", null,
                ACCOUNTS.size() + " synthetic accounts"), null, null);
        LOG.info("Loaded synthetic demo data (" + ACCOUNTS.size() + " accounts).");
    }
}
