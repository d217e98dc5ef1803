package org.healthengineering.portal.application.cpd;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.readiness.Readiness;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdObjective;
import org.healthengineering.portal.domain.cpd.ObjectiveStanding;
import org.healthengineering.portal.domain.cpd.Outcome;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.readiness.RequirementCheck;
import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An engineer's CPD plan: objectives with target dates (for a competency, a target role, or neither), the
 * activities that serve them, and the engineer's evaluation. Objectives can be drawn from a role's gaps.
 * Where the engineer stands in an objective's competency is judged when it is shown ({@link #standings}), never
 * written into the objective, so it cannot go stale. Nobody else sees or changes them.
 */
@Stateless
public class CpdPlan {

    @Inject
    org.healthengineering.portal.application.role.RoleProfiles roles;

    private static final String SUBJECT = "CpdObjective";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Readiness readiness;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public List<CpdObjective> objectives() {
        caller.check(Permissions.CPD_LOG);
        return em.createQuery("SELECT o FROM CpdObjective o WHERE o.ownerId = :me ORDER BY o.targetDate, o.id",
                CpdObjective.class).setParameter("me", caller.accountId()).getResultList();
    }

    public CpdObjective plan(CpdObjective.Plan plan) {
        caller.check(Permissions.CPD_LOG);
        checkLinks(plan);
        CpdObjective objective = CpdObjective.plan(caller.accountId(), plan, clock.instant());
        em.persist(objective);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.CPD_OBJECTIVE_PLANNED, SUBJECT, objective.getId(),
                objective.getTitle() + " by " + objective.getTargetDate()));
        return objective;
    }

    public CpdObjective revise(long id, CpdObjective.Plan plan) {
        CpdObjective objective = objective(id);
        checkLinks(plan);
        String before = objective.getTitle() + " by " + objective.getTargetDate();
        objective.revise(plan);
        audit.fire(new AuditEvent(AuditAction.CPD_OBJECTIVE_REVISED, SUBJECT, id, before,
                objective.getTitle() + " by " + objective.getTargetDate()));
        return objective;
    }

    public void remove(long id) {
        CpdObjective objective = objective(id);
        em.remove(objective);
        audit.fire(new AuditEvent(AuditAction.CPD_OBJECTIVE_REMOVED, SUBJECT, id, objective.getTitle(), null));
    }

    public CpdObjective evaluate(long id, Outcome outcome, String evaluation) {
        CpdObjective objective = objective(id);
        objective.evaluate(outcome, evaluation, LocalDate.now(clock));
        audit.fire(AuditEvent.created(AuditAction.CPD_OBJECTIVE_EVALUATED, SUBJECT, id, outcome.name()));
        return objective;
    }

    /** Replaces the activities linked to an objective; every one must be the caller's. */
    public CpdObjective serveWith(long id, Set<Long> activityIds) {
        CpdObjective objective = objective(id);
        Set<Long> ids = activityIds == null ? Set.of() : activityIds;
        if (!ids.isEmpty()) {
            long mine = em.createQuery("SELECT COUNT(a) FROM CpdActivity a WHERE a.ownerId = :me AND a.id IN :ids",
                    Long.class).setParameter("me", caller.accountId()).setParameter("ids", ids).getSingleResult();
            if (mine != ids.size()) {
                throw InvalidInputException.of("activityIds", "Link only your own activities.");
            }
        }
        objective.serveWith(new HashSet<>(ids));
        return objective;
    }

    /** Objectives for each competency the role requires and the caller has not yet reached; answers the new ones. */
    public List<CpdObjective> planFromGaps(String roleCode) {
        caller.check(Permissions.CPD_LOG);
        List<CpdObjective> existing = objectives();
        List<CpdObjective> planned = new ArrayList<>();
        LocalDate target = LocalDate.now(clock).plusYears(1);
        RoleReadiness role = readiness.forRole(roleCode);
        // The reason of the day ("Not assessed yet.") would go stale; the standing is judged when shown instead.
        String origin = "Planned from your gaps for the role " + role.roleTitle() + ".";
        for (RequirementCheck gap : role.gaps()) {
            if (gap.competencyId() == null || existing.stream().anyMatch(o -> gap.competencyId()
                    .equals(o.getCompetencyId()) && o.getOutcome() == null)) {
                continue;
            }
            planned.add(plan(new CpdObjective.Plan(shorten("Close the gap: " + gap.requirement()), origin,
                    target, gap.competencyId(), roleCode.trim().toUpperCase(java.util.Locale.ROOT))));
        }
        return planned;
    }

    /**
     * Where the caller stands today in the competency of each objective that has one, by objective id: the
     * objective's role's requirement as readiness judges it now, or, when no role of the objective requires the
     * competency, the caller's latest level in it.
     */
    public Map<Long, ObjectiveStanding> standings(List<CpdObjective> objectives) {
        caller.check(Permissions.CPD_LOG);
        Map<String, Optional<RoleReadiness>> byRole = new HashMap<>();
        Map<Long, Integer> latest = new HashMap<>();
        List<Long> competencies = objectives.stream().map(CpdObjective::getCompetencyId).filter(Objects::nonNull)
                .distinct().toList();
        if (!competencies.isEmpty()) {
            em.createQuery("SELECT a.competencyId, a.level FROM CompetencyAssessment a WHERE a.accountId = :me"
                            + " AND a.competencyId IN :ids ORDER BY a.assessedAt, a.id", Object[].class)
                    .setParameter("me", caller.accountId()).setParameter("ids", competencies).getResultList()
                    .forEach(row -> latest.put((Long) row[0], (Integer) row[1]));
        }
        boolean judged = caller.has(Permissions.COMPETENCE_SELF);
        Map<Long, ObjectiveStanding> standings = new HashMap<>();
        for (CpdObjective o : objectives) {
            Long competency = o.getCompetencyId();
            if (o.getId() == null || competency == null) {
                continue;
            }
            Optional<RequirementCheck> check = o.getRoleCode() == null || !judged ? Optional.empty()
                    : byRole.computeIfAbsent(o.getRoleCode(), code -> roles.exists(code)
                            ? Optional.of(readiness.forRole(code)) : Optional.empty())
                    .flatMap(r -> r.checks().stream().filter(c -> competency.equals(c.competencyId())).findFirst());
            standings.put(o.getId(), check.map(ObjectiveStanding::of)
                    .orElseGet(() -> ObjectiveStanding.ofLatestLevel(latest.get(competency))));
        }
        return standings;
    }

    /** The caller's activities linked to an objective. */
    public List<CpdActivity> activitiesOf(CpdObjective objective) {
        if (objective.getActivityIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM CpdActivity a WHERE a.ownerId = :me AND a.id IN :ids"
                        + " ORDER BY a.period.end", CpdActivity.class)
                .setParameter("me", caller.accountId()).setParameter("ids", objective.getActivityIds()).getResultList();
    }

    private CpdObjective objective(long id) {
        caller.check(Permissions.CPD_LOG);
        CpdObjective objective = em.find(CpdObjective.class, id);
        if (objective == null || !objective.isOwnedBy(caller.accountId())) {
            throw new NotFoundException("CPD objective", id);
        }
        return objective;
    }

    private void checkLinks(CpdObjective.Plan plan) {
        List<FieldProblem> problems = new ArrayList<>(plan.problems());
        if (plan.competencyId() != null && em.find(Competency.class, plan.competencyId()) == null) {
            problems.add(new FieldProblem("competencyId", "No competency has the id " + plan.competencyId() + "."));
        }
        if (plan.roleCode() != null && !plan.roleCode().isBlank()
                && !roles.exists(plan.roleCode().trim().toUpperCase(java.util.Locale.ROOT))) {
            problems.add(new FieldProblem("roleCode", "No role profile has the code " + plan.roleCode() + "."));
        }
        InvalidInputException.throwIfAny(problems);
    }

    private static String shorten(String text) {
        return text.length() <= CpdObjective.TITLE_LENGTH ? text : text.substring(0, CpdObjective.TITLE_LENGTH - 1) + "…";
    }
}
