package org.healthengineering.portal.application.home;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.accreditation.Courses;
import org.healthengineering.portal.application.cpd.ProfessionalBodies;
import org.healthengineering.portal.application.readiness.Readiness;
import org.healthengineering.portal.application.reference.Catalogue;
import org.healthengineering.portal.application.reference.ReferenceData;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.accreditation.CourseStatus;
import org.healthengineering.portal.domain.cpdaudit.CaseState;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.account.SignInAttempt;
import org.healthengineering.portal.domain.account.SignInThrottle;
import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.EngineerProfile;
import org.healthengineering.portal.domain.audit.AuditEntry;
import org.healthengineering.portal.domain.benchmark.Benchmark;
import org.healthengineering.portal.domain.benchmark.Peer;
import org.healthengineering.portal.domain.benchmark.PeerGroup;
import org.healthengineering.portal.domain.cpd.ActivityType;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.CpdTotals;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.DateRange;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.home.CycleStatus;
import org.healthengineering.portal.domain.home.MetricDeviation;
import org.healthengineering.portal.domain.home.NextStep;
import org.healthengineering.portal.domain.home.TargetRole;
import org.healthengineering.portal.domain.hospital.HospitalKind;
import org.healthengineering.portal.domain.mentoring.MentoringStatus;
import org.healthengineering.portal.domain.mentoring.VerificationAgreement;
import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.staffing.Quarter;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * What each person's home page answers at a glance, one section per role: an engineer's CPD cycles and readiness
 * for the role they watch, a mentor's mentees and the evidence waiting for them, a hospital's parity and the
 * metrics furthest from its peers, the queues of body administrators and assessors, and the state of the portal
 * for system administrators. Read-only.
 * <p>
 * Every section checks its own permission and answers with a fixed number of SQL statements, whatever the number
 * of activities, bodies, roles, mentees, hospitals, peers, queue items or accounts: lists are read whole in one
 * statement each (or counted in SQL), never one statement per row, card or role.
 */
@Stateless
public class Homes {

    /** How many audit entries a system administrator's home shows. */
    public static final int LATEST_AUDIT_ENTRIES = 5;
    /** How many waiting items a mentor's home lists (all are counted). */
    public static final int WAITING_LISTED = 10;

    // ---- the answers -------------------------------------------------------------------------------------------

    /**
     * An engineer's CPD: the totals, the CPD audits that wait for a profile from them, and, per body registered
     * with, the current cycle and the previous one.
     */
    public record CpdHome(CpdTotals totals, List<AuditDue> audits, List<BodyCycles> bodies) {
    }

    /** A CPD audit case of the engineer's that waits for them: which body, in what state, due by when. */
    public record AuditDue(long caseId, String bodyName, CaseState state, LocalDate deadline) {
    }

    /**
     * One body's cycles.
     *
     * @param previous       the previous cycle, or null when the registration is younger than one cycle
     * @param previousResult its result, or null
     */
    public record BodyCycles(ProfessionalBody body, CycleProgress current, CycleStatus status,
                             CycleProgress previous, CycleStatus previousResult) {
    }

    /**
     * Readiness for the role the engineer watches.
     *
     * @param roles  every role, to choose from
     * @param target the role watched (null only when there are no role profiles)
     * @param chosen whether the engineer chose it (otherwise it is the role they are closest to)
     * @param steps  the next steps that would raise it most, with where to take them
     */
    public record ReadinessHome(List<RoleChoice> roles, RoleReadiness target, boolean chosen, List<Step> steps) {
    }

    /** A role to choose (getters, since the page's select reads bean properties). */
    public record RoleChoice(String code, String title, int percent) {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return title + " (" + percent + "%)";
        }
    }

    /** A next step, with the framework of its competency (to open the self-assessment on it). */
    public record Step(NextStep step, Long frameworkId) {
    }

    /** A mentor's mentees (active and asking) and the self-assessed evidence that waits for verification. */
    public record MentorHome(List<Mentee> mentees, int waitingCount, List<Waiting> waiting) {
    }

    /** One relationship, with how many of the mentee's competencies wait for verification. */
    public record Mentee(long mentoringId, String name, MentoringStatus status, String roleCode, Instant since,
                         int waiting) {
    }

    /** A competency an active mentee assessed themselves (with evidence) that nobody has verified since. */
    public record Waiting(long mentoringId, String menteeName, String competency, int level, Instant assessedAt) {
    }

    /**
     * One of the person's hospitals: its parity score and the metrics where it sits furthest from its peers'
     * median ({@link MetricDeviation}), against "my peers" when the hospital keeps that list, else hospitals of
     * its kind, in its latest returned quarter.
     */
    public record HospitalHome(String code, String name, Integer parityScore, PeerGroup group, Quarter quarter,
                               int peerCount, List<MetricDeviation> furthest) {
    }

    /** A queue's length, and whether the caller may open its page. */
    public record QueueCount(Queue queue, long count, boolean openable) {
    }

    /**
     * The portal at a glance.
     *
     * @param accounts open accounts (email confirmed), or null without {@code account:manage}
     * @param byRole   open accounts per role, every role listed
     * @param paused   emails whose sign-in is paused now, soonest to end first
     * @param latest   the latest audit entries, newest first (empty without {@code audit:read})
     */
    public record SystemHome(Long accounts, List<RoleCount> byRole, List<Paused> paused, List<AuditEntry> latest) {
    }

    public record RoleCount(Role role, long count) {
    }

    /** An email (with or without an account) whose sign-in is paused after failed attempts, and until when. */
    public record Paused(String email, Instant until) {
    }

    // ---- the service -------------------------------------------------------------------------------------------

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Readiness readiness;

    @Inject
    ProfessionalBodies professionalBodies;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    ReferenceData reference;

    @Inject
    Clock clock;

    /**
     * The caller's CPD: three statements (registrations, the activities the figures and cycles count, audit cases
     * waiting for a profile); the bodies are reference data. Only the activities that end within the earliest period
     * shown are read (this year, the last 12 months, each body's current and previous cycle), and only what counting
     * them needs, so an engineer's long history costs nothing here.
     */
    public CpdHome cpd() {
        caller.check(Permissions.CPD_LOG);
        long me = caller.accountId();
        LocalDate today = LocalDate.now(clock);
        Map<Long, BodyRegistration> registrations = new HashMap<>();
        em.createQuery("SELECT r FROM BodyRegistration r WHERE r.accountId = :me", BodyRegistration.class)
                .setParameter("me", me).getResultList().forEach(r -> registrations.put(r.getBodyId(), r));
        List<ProfessionalBody> registered = professionalBodies.bodies(registrations.keySet());
        DateRange year = CpdTotals.currentYear(today);
        DateRange twelveMonths = CpdTotals.last12Months(today);
        LocalDate since = year.getStart().isBefore(twelveMonths.getStart()) ? year.getStart() : twelveMonths.getStart();
        for (ProfessionalBody body : registered) {
            LocalDate registeredOn = registrations.get(body.getId()).getRegisteredOn();
            LocalDate previousStart = CycleProgress.cycleStart(registeredOn, body.getCycleMonths(), today)
                    .minusMonths(body.getCycleMonths());
            LocalDate earliest = previousStart.isBefore(registeredOn) ? registeredOn : previousStart;
            since = earliest.isBefore(since) ? earliest : since;
        }
        List<CycleProgress.Activity> activities = em.createQuery("SELECT a.type, a.period.start, a.period.end,"
                        + " a.hours.value, CASE WHEN a.reflection.learned <> '' AND a.reflection.applied <> ''"
                        + " AND a.reflection.benefit <> '' THEN 1 ELSE 0 END, a.courseId FROM CpdActivity a"
                        + " WHERE a.ownerId = :me AND a.period.end >= :since", Object[].class)
                .setParameter("me", me).setParameter("since", since).getResultList().stream()
                .map(r -> new CycleProgress.Activity((ActivityType) r[0], (LocalDate) r[1], (LocalDate) r[2],
                        (BigDecimal) r[3], ((Number) r[4]).intValue() == 1, r[5] != null))
                .toList();
        CpdTotals totals = new CpdTotals(hours(activities, year), hours(activities, twelveMonths));
        List<BodyCycles> bodies = new ArrayList<>();
        for (ProfessionalBody body : registered) {
            LocalDate registeredOn = registrations.get(body.getId()).getRegisteredOn();
            LocalDate start = CycleProgress.cycleStart(registeredOn, body.getCycleMonths(), today);
            CycleProgress current = CycleProgress.of(body, start, today, activities);
            LocalDate previousStart = start.minusMonths(body.getCycleMonths());
            CycleProgress previous = previousStart.isBefore(registeredOn) ? null
                    : CycleProgress.of(body, previousStart, today, activities);
            bodies.add(new BodyCycles(body, current, CycleStatus.of(body, current, today), previous,
                    previous == null ? null : CycleStatus.of(body, previous, today)));
        }
        List<AuditDue> audits = em.createQuery("SELECT c.id, b.name, c.state, c.deadline FROM AuditCase c,"
                        + " AuditCampaign k, ProfessionalBody b WHERE c.registrantId = :me AND k.id = c.campaignId"
                        + " AND b.id = k.bodyId AND c.state IN :owing ORDER BY c.deadline, c.id", Object[].class)
                .setParameter("me", me).setParameter("owing", CaseState.AWAITING_PROFILE).getResultList().stream()
                .map(r -> new AuditDue((Long) r[0], (String) r[1], (CaseState) r[2], (LocalDate) r[3])).toList();
        return new CpdHome(totals, audits, bodies);
    }

    private static BigDecimal hours(List<CycleProgress.Activity> activities, DateRange period) {
        return activities.stream().filter(a -> !a.end().isBefore(period.getStart()) && !a.end().isAfter(period.getEnd()))
                .map(CycleProgress.Activity::hours).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /**
     * Readiness for the role the caller watches: readiness for every role (a fixed number of statements, see
     * {@link Readiness}), then the choice (one more; the watched role's requirements are reference data).
     */
    public ReadinessHome readiness() {
        caller.check(Permissions.COMPETENCE_SELF);
        long me = caller.accountId();
        List<RoleReadiness> all = readiness.forAllRoles();
        List<RoleChoice> roles = all.stream().map(r -> new RoleChoice(r.roleCode(), r.roleTitle(), r.percent()))
                .toList();
        if (all.isEmpty()) {
            return new ReadinessHome(roles, null, false, List.of());
        }
        TargetRole choice = em.find(TargetRole.class, me);
        RoleReadiness target = choice == null ? null : all.stream()
                .filter(r -> r.roleCode().equals(choice.getRoleCode())).findFirst().orElse(null);
        boolean chosen = target != null;
        if (target == null) {
            target = closest(all);
        }
        // The watched role's requirements and their competencies' frameworks: reference data.
        String code = target.roleCode();
        Set<Long> verificationRequired = new HashSet<>();
        roleProfiles.roles().stream().filter(r -> r.getCode().equals(code)).flatMap(r -> r.getCompetencies().stream())
                .filter(CompetencyRequirement::isVerificationRequired)
                .forEach(c -> verificationRequired.add(c.getCompetencyId()));
        Map<Long, Long> frameworks = reference.get(Catalogue.COMPETENCE, "required-competency-frameworks", () -> {
            Map<Long, Long> byCompetency = new HashMap<>();
            em.createQuery("SELECT DISTINCT c.competencyId, k.frameworkId FROM RoleProfile r JOIN r.competencies c,"
                            + " Competency k WHERE k.id = c.competencyId", Object[].class).getResultList()
                    .forEach(row -> byCompetency.put((Long) row[0], (Long) row[1]));
            return Map.copyOf(byCompetency);
        });
        // Readiness read the profile in this transaction: found again without a statement when it exists.
        EngineerProfile profile = em.find(EngineerProfile.class, me);
        boolean experienceRecorded = profile != null && profile.getYearsExperience() != null;
        List<Step> steps = NextStep.rank(target, verificationRequired, experienceRecorded, NextStep.SHOWN).stream()
                .map(s -> new Step(s, s.competencyId() == null ? null : frameworks.get(s.competencyId()))).toList();
        return new ReadinessHome(roles, target, chosen, steps);
    }

    /**
     * The role the engineer is closest to: the highest readiness among the roles not yet fully reached (a role
     * already reached has nothing left to show); of equals, the first listed (the most responsible). When every
     * role is reached, the first of them.
     */
    static RoleReadiness closest(List<RoleReadiness> all) {
        RoleReadiness best = null;
        for (RoleReadiness r : all) {
            if (r.percent() < 100 && (best == null || r.percent() > best.percent())) {
                best = r;
            }
        }
        return best != null ? best : all.get(0);
    }

    /**
     * The caller's mentees, active and asking, and the competencies active mentees assessed themselves that nobody
     * verified since: three statements (relationships, waiting assessments, competency names).
     */
    public MentorHome mentor() {
        caller.check(Permissions.MENTOR);
        long me = caller.accountId();
        List<Object[]> relationships = em.createQuery("SELECT m.id, m.menteeId, a.displayName, m.status, m.roleCode,"
                        + " m.requestedAt, m.respondedAt FROM Mentoring m, Account a WHERE a.id = m.menteeId"
                        + " AND m.mentorId = :me AND m.status IN :open ORDER BY a.displayName, m.id", Object[].class)
                .setParameter("me", me).setParameter("open", List.of(MentoringStatus.ACTIVE, MentoringStatus.REQUESTED))
                .getResultList();
        // The latest self-assessment of each competency of each active mentee, with no verification at or after it.
        List<Object[]> unverified = em.createQuery("SELECT m.id, s.competencyId, s.level, s.assessedAt"
                        + " FROM CompetencyAssessment s, Mentoring m WHERE m.mentorId = :me AND m.status = :active"
                        + " AND s.accountId = m.menteeId AND s.source = :self"
                        + " AND NOT EXISTS (SELECT l FROM CompetencyAssessment l WHERE l.accountId = s.accountId"
                        + " AND l.competencyId = s.competencyId AND l.source = :self AND (l.assessedAt > s.assessedAt"
                        + " OR (l.assessedAt = s.assessedAt AND l.id > s.id)))"
                        + " AND NOT EXISTS (SELECT v FROM CompetencyAssessment v WHERE v.accountId = s.accountId"
                        + " AND v.competencyId = s.competencyId AND v.source <> :self AND v.assessedAt >= s.assessedAt)"
                        + " ORDER BY s.assessedAt, s.id", Object[].class)
                .setParameter("me", me).setParameter("active", MentoringStatus.ACTIVE)
                .setParameter("self", AssessmentSource.SELF).getResultList();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> perMentoring = new HashMap<>();
        for (Object[] row : relationships) {
            names.put((Long) row[0], (String) row[2]);
        }
        Set<Long> competencyIds = new HashSet<>();
        for (Object[] row : unverified) {
            perMentoring.merge((Long) row[0], 1, Integer::sum);
            competencyIds.add((Long) row[1]);
        }
        Map<Long, String> competencies = new HashMap<>();
        List<Object[]> firstListed = unverified.subList(0, Math.min(WAITING_LISTED, unverified.size()));
        if (!firstListed.isEmpty()) {
            Set<Long> listedIds = new HashSet<>();
            firstListed.forEach(row -> listedIds.add((Long) row[1]));
            em.createQuery("SELECT c.id, c.code, c.title FROM Competency c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", listedIds).getResultList()
                    .forEach(row -> competencies.put((Long) row[0], row[1] + " " + row[2]));
        }
        List<Mentee> mentees = relationships.stream().map(row -> {
            MentoringStatus status = (MentoringStatus) row[3];
            Instant since = status == MentoringStatus.ACTIVE && row[6] != null ? (Instant) row[6] : (Instant) row[5];
            return new Mentee((Long) row[0], (String) row[2], status, (String) row[4], since,
                    perMentoring.getOrDefault((Long) row[0], 0));
        }).toList();
        List<Waiting> waiting = firstListed.stream().map(row -> new Waiting((Long) row[0],
                names.getOrDefault((Long) row[0], ""), competencies.getOrDefault((Long) row[1], "#" + row[1]),
                (Integer) row[2], (Instant) row[3])).toList();
        return new MentorHome(mentees, unverified.size(), waiting);
    }

    /**
     * The hospitals the caller belongs to and may read, each benchmarked against its peers: four statements
     * whatever the number of hospitals and peers (see {@link HospitalQueries}).
     */
    public List<HospitalHome> hospitals() {
        caller.check(Permissions.OWN_ACCOUNT);
        long me = caller.accountId();
        try (Connection connection = dataSource.getConnection()) {
            List<HospitalQueries.Own> own = HospitalQueries.own(connection, me).stream()
                    .filter(h -> caller.has(Permissions.hospitalRead(h.id()))).toList();
            if (own.isEmpty()) {
                return List.of();
            }
            Quarter fallback = Quarter.of(LocalDate.now(clock)).minus(1);
            Map<Long, Set<Long>> lists = HospitalQueries.peerLists(connection,
                    own.stream().map(HospitalQueries.Own::id).toList());
            Set<HospitalKind> kinds = new HashSet<>();
            Set<Long> ids = new HashSet<>();
            Set<Quarter> quarters = new HashSet<>();
            for (HospitalQueries.Own h : own) {
                ids.add(h.id());
                if (lists.containsKey(h.id())) {
                    ids.addAll(lists.get(h.id()));
                } else {
                    kinds.add(h.kind());
                }
                quarters.add(quarterOf(h, fallback));
            }
            List<HospitalQueries.Candidate> candidates = HospitalQueries.candidates(connection, kinds, ids);
            List<Benchmark.QuarterRow> rows = HospitalQueries.quarterRows(connection, kinds, ids, quarters);
            List<HospitalHome> homes = new ArrayList<>();
            for (HospitalQueries.Own h : own) {
                Set<Long> list = lists.get(h.id());
                PeerGroup group = list == null ? PeerGroup.KIND : PeerGroup.CUSTOM;
                List<Peer> peers = candidates.stream()
                        .filter(c -> c.peer().hospitalId() == h.id()
                                || (list == null ? c.kind() == h.kind() : list.contains(c.peer().hospitalId())))
                        .map(HospitalQueries.Candidate::peer).toList();
                Quarter quarter = quarterOf(h, fallback);
                Benchmark benchmark = Benchmark.compute(h.id(), group, quarter, peers, rows);
                homes.add(new HospitalHome(h.code(), h.name(), h.parityScore(), group, quarter, benchmark.peerCount(),
                        MetricDeviation.furthest(benchmark, MetricDeviation.SHOWN)));
            }
            return homes;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the hospitals' figures", e);
        }
    }

    private static Quarter quarterOf(HospitalQueries.Own hospital, Quarter fallback) {
        return hospital.latestPeriod() == null ? fallback : Quarter.parse(hospital.latestPeriod(), "period");
    }

    /** A professional body administrator's queues: one count each. */
    public List<QueueCount> bodyAdministratorQueues() {
        caller.check(Permissions.BODY_MANAGE);
        return queues(List.of(Queue.ACCREDITATION_QUEUE, Queue.AUDIT_CASES_FOR_BODY, Queue.VERIFICATION_DISPUTES,
                Queue.DRAFT_FRAMEWORKS, Queue.QUALIFICATIONS_TO_VERIFY));
    }

    /** A training provider's member: its courses to submit and its approvals with conditions still open. */
    public List<QueueCount> providerQueues() {
        caller.check(Permissions.PROVIDER_WORK);
        return queues(List.of(Queue.COURSES_TO_SUBMIT, Queue.COURSE_CONDITIONS));
    }

    /** An assessor's queues: verifications waiting and disputes, one count each. */
    public List<QueueCount> assessorQueues() {
        caller.check(Permissions.COMPETENCE_VERIFY);
        return queues(List.of(Queue.COURSES_TO_REVIEW, Queue.AUDIT_CASES_TO_ASSESS, Queue.QUALIFICATIONS_TO_VERIFY,
                Queue.VERIFICATION_DISPUTES));
    }

    private List<QueueCount> queues(List<Queue> wanted) {
        List<QueueCount> counts = new ArrayList<>();
        for (Queue queue : wanted) {
            counts.add(new QueueCount(queue, count(queue), caller.has(queue.getPermission())));
        }
        return counts;
    }

    private long count(Queue queue) {
        return switch (queue) {
            case DRAFT_FRAMEWORKS -> em.createQuery("SELECT COUNT(f) FROM Framework f WHERE f.status = :draft",
                    Long.class).setParameter("draft", FrameworkStatus.DRAFT).getSingleResult();
            case QUALIFICATIONS_TO_VERIFY -> em.createQuery("SELECT COUNT(h) FROM HeldQualification h"
                            + " WHERE h.verifiedAt IS NULL AND h.accountId <> :me", Long.class)
                    .setParameter("me", caller.accountId()).getSingleResult();
            case VERIFICATION_DISPUTES -> disputes();
            case ACCREDITATION_QUEUE -> em.createQuery("SELECT COUNT(c) FROM Course c WHERE "
                    + Courses.WAITING_FOR_BODY_WHERE, Long.class).setParameter("open", Courses.WAITING_FOR_BODY)
                    .getSingleResult();
            case COURSES_TO_REVIEW -> em.createQuery("SELECT COUNT(c) FROM Course c WHERE "
                            + Courses.AWAITING_MY_REVIEW_WHERE, Long.class)
                    .setParameter("me", caller.accountId()).setParameter("review", CourseStatus.UNDER_REVIEW)
                    .getSingleResult();
            case COURSES_TO_SUBMIT -> ownCourses(List.of(CourseStatus.DRAFT, CourseStatus.RESUBMIT));
            case COURSE_CONDITIONS -> ownCourses(List.of(CourseStatus.APPROVED_WITH_CONDITIONS));
            case AUDIT_CASES_FOR_BODY -> em.createQuery("SELECT COUNT(c) FROM AuditCase c WHERE c.state IN :waiting"
                            + " OR (c.state = :assessing AND NOT EXISTS (SELECT a FROM CaseAssessment a"
                            + " WHERE a.auditCase = c AND a.round = c.round AND a.gradedAt IS NULL))", Long.class)
                    .setParameter("waiting", List.of(CaseState.DEFERRAL_REQUESTED, CaseState.SUBMITTED,
                            CaseState.APPEAL_LODGED))
                    .setParameter("assessing", CaseState.UNDER_ASSESSMENT).getSingleResult();
            case AUDIT_CASES_TO_ASSESS -> em.createQuery("SELECT COUNT(a) FROM CaseAssessment a JOIN a.auditCase c"
                            + " WHERE a.assessorId = :me AND a.round = c.round AND a.gradedAt IS NULL"
                            + " AND c.state = :assessing", Long.class)
                    .setParameter("me", caller.accountId()).setParameter("assessing", CaseState.UNDER_ASSESSMENT)
                    .getSingleResult();
        };
    }

    /** The caller's providers' courses in these statuses. */
    private long ownCourses(List<CourseStatus> statuses) {
        return em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.status IN :statuses AND c.providerId IN"
                        + " (SELECT p.id FROM TrainingProvider p JOIN p.memberIds m WHERE m = :me)", Long.class)
                .setParameter("statuses", statuses).setParameter("me", caller.accountId()).getSingleResult();
    }

    /**
     * Competencies whose verifiers disagree, counted in one statement by the rule of {@link VerificationAgreement}:
     * each verifier's latest level counts, and levels more than {@link VerificationAgreement#TOLERANCE} apart are a
     * disagreement.
     */
    private long disputes() {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT a.account_id, a.competency_id"
                        + " FROM competency_assessment a WHERE a.source <> ? AND NOT EXISTS (SELECT 1"
                        + " FROM competency_assessment b WHERE b.account_id = a.account_id"
                        + " AND b.competency_id = a.competency_id AND b.assessor_id = a.assessor_id AND b.source <> ?"
                        + " AND (b.assessed_at > a.assessed_at OR (b.assessed_at = a.assessed_at AND b.id > a.id)))"
                        + " GROUP BY a.account_id, a.competency_id HAVING COUNT(*) >= 2 AND MAX(a.level) - MIN(a.level) > ?)"
                        + " disputed")
                .setParameter(1, AssessmentSource.SELF.name()).setParameter(2, AssessmentSource.SELF.name())
                .setParameter(3, VerificationAgreement.TOLERANCE).getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * The portal for system administrators: open accounts in all and by role, and emails paused now (with
     * {@code account:manage}: three statements), and the latest audit entries (with {@code audit:read}: one).
     */
    public SystemHome system() {
        boolean accounts = caller.has(Permissions.ACCOUNT_MANAGE);
        boolean audit = caller.has(Permissions.AUDIT_READ);
        if (!accounts && !audit) {
            caller.check(Permissions.ACCOUNT_MANAGE);
        }
        Long total = null;
        List<RoleCount> byRole = List.of();
        List<Paused> paused = List.of();
        if (accounts) {
            total = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.emailConfirmedAt IS NOT NULL", Long.class)
                    .getSingleResult();
            Map<Role, Long> counts = new EnumMap<>(Role.class);
            em.createQuery("SELECT r, COUNT(a) FROM Account a JOIN a.roles r WHERE a.emailConfirmedAt IS NOT NULL"
                    + " GROUP BY r", Object[].class).getResultList()
                    .forEach(row -> counts.put((Role) row[0], (Long) row[1]));
            byRole = java.util.Arrays.stream(Role.values()).map(r -> new RoleCount(r, counts.getOrDefault(r, 0L)))
                    .toList();
            paused = paused();
        }
        List<AuditEntry> latest = !audit ? List.of() : em.createQuery("SELECT e FROM AuditEntry e"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setMaxResults(LATEST_AUDIT_ENTRIES).getResultList();
        return new SystemHome(total, byRole, paused, latest);
    }

    /** Every email paused now, by the lock-out rule over the attempts that can still matter (one statement). */
    private List<Paused> paused() {
        Instant now = clock.instant();
        Map<String, List<SignInAttempt>> byEmail = new LinkedHashMap<>();
        em.createQuery("SELECT a.email, a.attemptedAt, a.succeeded FROM SignInAttempt a WHERE a.attemptedAt > :since"
                        + " ORDER BY a.email, a.attemptedAt DESC, a.id DESC", Object[].class)
                .setParameter("since", now.minus(SignInThrottle.LOOK_BACK)).getResultList()
                .forEach(row -> byEmail.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new SignInAttempt((String) row[0], (Instant) row[1], (Boolean) row[2])));
        List<Paused> paused = new ArrayList<>();
        byEmail.forEach((email, attempts) -> SignInThrottle.lockedUntil(attempts, now)
                .ifPresent(until -> paused.add(new Paused(email, until))));
        paused.sort(Comparator.comparing(Paused::until).thenComparing(Paused::email));
        return paused;
    }
}
