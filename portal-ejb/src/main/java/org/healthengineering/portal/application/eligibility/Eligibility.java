package org.healthengineering.portal.application.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.framework.CompetencyOutline;
import org.healthengineering.portal.application.readiness.Readiness;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.assessment.EngineerProfile;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CycleProgress;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.eligibility.CriterionKind;
import org.healthengineering.portal.domain.eligibility.Criterion;
import org.healthengineering.portal.domain.eligibility.EligibilityEngine;
import org.healthengineering.portal.domain.eligibility.EligibilityFacts;
import org.healthengineering.portal.domain.eligibility.Finding;
import org.healthengineering.portal.domain.eligibility.RollUpRule;
import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator;
import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.healthengineering.portal.domain.shared.FieldProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the portal knows about the calling engineer for the eligibility engine, in a fixed number of statements
 * whatever the number of criteria (one judgement or a thousand vacancies' specifications at once), and words the
 * findings. The roll-up rules of the competencies judged come with their names ({@link CompetencyOutline}), and the
 * engineer's levels in the sub-competencies they count are read with the others. Not a use case: the use cases that call it have checked what the caller may do; it judges only the
 * caller, whose readiness it asks for.
 */
@ApplicationScoped
public class Eligibility {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Readiness readiness;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    Clock clock;

    /** What was judged: the facts and the names that word them, for judging any number of lists of criteria. */
    public record Judge(EligibilityFacts facts, EligibilityEngine.Names names, LocalDate day) {

        public List<Finding> findings(List<Criterion> criteria) {
            return EligibilityEngine.judge(criteria, facts, day, names);
        }
    }

    /** The caller's facts for judging these criteria (and any others of the same records) today. */
    public Judge forCaller(long accountId, Collection<Criterion> criteria) {
        LocalDate today = LocalDate.now(clock);
        EligibilityFacts.Builder facts = EligibilityFacts.builder();
        Set<Long> competencies = new HashSet<>();
        Set<Long> bodies = new HashSet<>();
        boolean cpd = false;
        boolean roles = false;
        for (Criterion c : criteria) {
            if (c.getCompetencyId() != null) {
                competencies.add(c.getCompetencyId());
            }
            if (c.getBodyId() != null) {
                bodies.add(c.getBodyId());
            }
            cpd |= c.getKind() == CriterionKind.CPD_COMPLIANCE;
            roles |= c.getKind() == CriterionKind.READINESS;
        }
        for (HeldQualification h : em.createNamedQuery(HeldQualification.OF_ACCOUNT, HeldQualification.class)
                .setParameter("accountId", accountId).getResultList()) {
            facts.holding(EligibilityFacts.Holding.of(h, clock.getZone()));
        }
        List<BodyRegistration> registrations = em.createQuery("SELECT r FROM BodyRegistration r"
                + " WHERE r.accountId = :me", BodyRegistration.class).setParameter("me", accountId).getResultList();
        registrations.forEach(r -> facts.registration(r.getBodyId(), EligibilityFacts.Registration.of(r)));
        Set<Long> verifiers = new HashSet<>();
        CompetencyOutline outline = CompetencyOutline.EMPTY;
        if (!competencies.isEmpty()) {
            Set<Long> wanted = new HashSet<>(competencies);
            em.createQuery("SELECT x.fromCompetencyId, x.toCompetencyId FROM Crosswalk x WHERE x.kind = :k"
                            + " AND (x.fromCompetencyId IN :ids OR x.toCompetencyId IN :ids)", Object[].class)
                    .setParameter("k", CrosswalkKind.EXACT_MATCH).setParameter("ids", competencies).getResultList()
                    .forEach(row -> {
                        facts.exactMatch((Long) row[0], (Long) row[1]);
                        wanted.add((Long) row[0]);
                        wanted.add((Long) row[1]);
                    });
            // Names and roll-up rules in one statement; a ruled competency's children are assessed too.
            outline = CompetencyOutline.read(em, wanted);
            Set<Long> assessed = new HashSet<>(wanted);
            for (Map.Entry<Long, RollUpRule> rule : outline.rules().entrySet()) {
                List<Long> children = outline.children().getOrDefault(rule.getKey(), List.of());
                facts.rollUp(rule.getKey(), rule.getValue(), children);
                assessed.addAll(children);
            }
            Map<Long, EligibilityFacts.AssessedLevel[]> levels = new HashMap<>();
            for (CompetencyAssessment a : em.createQuery("SELECT a FROM CompetencyAssessment a WHERE a.accountId = :me"
                    + " AND a.competencyId IN :ids ORDER BY a.assessedAt, a.id", CompetencyAssessment.class)
                    .setParameter("me", accountId).setParameter("ids", assessed).getResultList()) {
                EligibilityFacts.AssessedLevel level = EligibilityFacts.AssessedLevel.of(a, clock.getZone());
                EligibilityFacts.AssessedLevel[] pair = levels.computeIfAbsent(a.getCompetencyId(),
                        k -> new EligibilityFacts.AssessedLevel[2]);
                pair[0] = level;
                if (level.verified()) {
                    pair[1] = level;
                    verifiers.add(level.assessorId());
                }
            }
            levels.forEach((id, pair) -> facts.levels(id, pair[0], pair[1]));
            competencies.addAll(wanted);
        }
        EngineerProfile profile = em.find(EngineerProfile.class, accountId);
        facts.yearsExperience(profile == null ? null : profile.getYearsExperience());
        if (cpd && !registrations.isEmpty()) {
            cpd(accountId, registrations, today, facts);
        }
        if (roles) {
            for (RoleReadiness r : readiness.forAllRoles()) {
                facts.readiness(r.roleCode(), r.percent());
            }
        }
        return new Judge(facts.build(), names(outline.names(), bodies, verifiers), today);
    }

    private void cpd(long accountId, List<BodyRegistration> registrations, LocalDate today,
                     EligibilityFacts.Builder facts) {
        List<CycleProgress.Activity> activities = em.createQuery("SELECT a FROM CpdActivity a WHERE a.ownerId = :me",
                CpdActivity.class).setParameter("me", accountId).getResultList().stream()
                .map(CycleProgress.Activity::of).toList();
        Map<Long, BodyRegistration> byBody = new HashMap<>();
        registrations.forEach(r -> byBody.put(r.getBodyId(), r));
        for (ProfessionalBody body : em.createQuery("SELECT b FROM ProfessionalBody b WHERE b.id IN :ids",
                        ProfessionalBody.class).setParameter("ids", byBody.keySet())
                .setHint("eclipselink.batch", "b.requiredTypes").setHint("eclipselink.batch.type", "IN")
                .getResultList()) {
            LocalDate registeredOn = byBody.get(body.getId()).getRegisteredOn();
            if (registeredOn.isAfter(today)) {
                continue;
            }
            LocalDate start = CycleProgress.cycleStart(registeredOn, body.getCycleMonths(), today);
            EligibilityFacts.CycleResult current = result(CycleProgress.of(body, start, today, activities));
            LocalDate previousStart = start.minusMonths(body.getCycleMonths());
            EligibilityFacts.CycleResult previous = previousStart.isBefore(registeredOn) ? null
                    : result(CycleProgress.of(body, previousStart, today, activities));
            facts.cpd(body.getId(), current, previous);
        }
    }

    private static EligibilityFacts.CycleResult result(CycleProgress p) {
        return new EligibilityFacts.CycleResult(p.start(), p.end(), p.targetMet() && p.mixMet() && p.reflectionMet());
    }

    /** The names of the things reasons speak of; the competencies' are given, read with their roll-up rules. */
    private EligibilityEngine.Names names(Map<Long, ReadinessCalculator.CompetencyName> competencyNames,
                                          Set<Long> bodies, Set<Long> verifiers) {
        Map<Long, String> bodyNames = new HashMap<>();
        em.createQuery("SELECT b.id, b.name FROM ProfessionalBody b", Object[].class).getResultList()
                .forEach(row -> bodyNames.put((Long) row[0], (String) row[1]));
        Map<Long, String> people = new HashMap<>();
        if (!verifiers.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", verifiers)
                    .getResultList().forEach(a -> people.put(a.getId(), a.getDisplayName()));
        }
        Map<Long, Qualification> qualifications = roleProfiles.qualificationsById();
        Map<String, String> roles = new HashMap<>();
        roleProfiles.roles().forEach(r -> roles.put(r.getCode(), r.getTitle()));
        return new EligibilityEngine.Names() {
            @Override
            public String qualification(long id) {
                return qualifications.containsKey(id) ? qualifications.get(id).getName() : "qualification " + id;
            }

            @Override
            public String body(long id) {
                return bodyNames.getOrDefault(id, "body " + id);
            }

            @Override
            public ReadinessCalculator.CompetencyName competency(long id) {
                return competencyNames.getOrDefault(id, new ReadinessCalculator.CompetencyName("#" + id, "", ""));
            }

            @Override
            public String role(String code) {
                return roles.getOrDefault(code, code);
            }

            @Override
            public String account(long id) {
                return people.getOrDefault(id, "a mentor or an assessor");
            }
        };
    }

    /** Each criterion in words ("CEng, held and unexpired"), for a page that shows a specification. */
    public List<String> describe(List<Criterion> criteria) {
        Set<Long> competencies = new HashSet<>();
        Set<Long> bodies = new HashSet<>();
        criteria.forEach(c -> {
            if (c.getCompetencyId() != null) {
                competencies.add(c.getCompetencyId());
            }
            if (c.getBodyId() != null) {
                bodies.add(c.getBodyId());
            }
        });
        EligibilityEngine.Names names = names(CompetencyOutline.read(em, competencies).names(), bodies, Set.of());
        return criteria.stream().map(c -> c.describe(names)).toList();
    }

    /**
     * Checks that the criteria as a form or the API gives them name things that exist (qualifications, bodies,
     * competencies, role profiles); problems named {@code field[i].x} by each one's place in {@code given}. A
     * criterion that is not well formed is skipped: the domain reports it, with every other problem.
     */
    public List<FieldProblem> unknownReferences(List<Criterion.Given> given, String field) {
        List<Criterion> criteria = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        List<Criterion.Given> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null && Criterion.problems(list.get(i), "").isEmpty()) {
                criteria.add(Criterion.of(list.get(i)));
                places.add(i);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> qualifications = roleProfiles.qualificationsById().keySet();
        Set<String> roles = new HashSet<>();
        roleProfiles.roles().forEach(r -> roles.add(r.getCode()));
        Set<Long> competencyIds = new HashSet<>();
        Set<Long> bodyIds = new HashSet<>();
        criteria.forEach(c -> {
            if (c.getCompetencyId() != null) {
                competencyIds.add(c.getCompetencyId());
            }
            if (c.getBodyId() != null) {
                bodyIds.add(c.getBodyId());
            }
        });
        Set<Long> knownCompetencies = new HashSet<>(competencyIds.isEmpty() ? List.of() : em.createQuery(
                "SELECT c.id FROM Competency c WHERE c.id IN :ids", Long.class).setParameter("ids", competencyIds)
                .getResultList());
        Set<Long> knownBodies = new HashSet<>(bodyIds.isEmpty() ? List.of() : em.createQuery(
                "SELECT b.id FROM ProfessionalBody b WHERE b.id IN :ids", Long.class).setParameter("ids", bodyIds)
                .getResultList());
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String at = field + "[" + places.get(i) + "].";
            if (c.getQualificationId() != null && c.getKind() == CriterionKind.QUALIFICATION
                    && !qualifications.contains(c.getQualificationId())) {
                problems.add(new FieldProblem(at + "qualificationId",
                        "No qualification of the catalogue has this id."));
            }
            if (c.getCompetencyId() != null && !knownCompetencies.contains(c.getCompetencyId())) {
                problems.add(new FieldProblem(at + "competencyId",
                        "No competency has this id."));
            }
            if (c.getBodyId() != null && (c.getKind() == CriterionKind.REGISTRATION
                    || c.getKind() == CriterionKind.CPD_COMPLIANCE) && !knownBodies.contains(c.getBodyId())) {
                problems.add(new FieldProblem(at + "bodyId",
                        "No professional body has this id."));
            }
            if (c.getKind() == CriterionKind.READINESS && !roles.contains(c.getRoleCode())) {
                problems.add(new FieldProblem(at + "roleCode",
                        "No role profile has this code."));
            }
        }
        return problems;
    }
}
