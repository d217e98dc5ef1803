package org.healthengineering.portal.application.readiness;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.framework.CompetencyOutline;
import org.healthengineering.portal.application.reference.Catalogue;
import org.healthengineering.portal.application.reference.ReferenceData;
import org.healthengineering.portal.application.role.RoleProfiles;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.EngineerProfile;
import org.healthengineering.portal.domain.framework.CrosswalkKind;
import org.healthengineering.portal.domain.qualification.HeldQualification;
import org.healthengineering.portal.domain.qualification.HeldStatus;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.readiness.EngineerFacts;
import org.healthengineering.portal.domain.readiness.ReadinessCalculator;
import org.healthengineering.portal.domain.readiness.RoleReadiness;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How ready the signed-in engineer is for each role. Loads the roles and the engineer's facts in a constant
 * number of queries, whatever the number of roles and requirements (the competencies' roll-up rules come with their
 * names, see {@link CompetencyOutline}), and leaves the judging to {@link ReadinessCalculator}.
 */
@Stateless
public class Readiness {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RoleProfiles roleProfiles;

    @Inject
    Clock clock;

    @Inject
    ReferenceData referenceData;

    public List<RoleReadiness> forAllRoles() {
        caller.check(Permissions.COMPETENCE_SELF);
        return judge(roleProfiles.roles());
    }

    public RoleReadiness forRole(String code) {
        caller.check(Permissions.COMPETENCE_SELF);
        List<RoleProfile> roles = roleProfiles.roles().stream().filter(r -> r.getCode().equals(code)).toList();
        if (roles.isEmpty()) {
            throw new NotFoundException("Role profile", code);
        }
        return judge(roles).get(0);
    }

    private List<RoleReadiness> judge(List<RoleProfile> roles) {
        long me = caller.accountId();
        LocalDate today = LocalDate.now(clock);
        Map<Long, HeldStatus> held = new HashMap<>();
        for (HeldQualification h : em.createNamedQuery(HeldQualification.OF_ACCOUNT, HeldQualification.class)
                .setParameter("accountId", me).getResultList()) {
            held.merge(h.getQualificationId(), h.status(today), Readiness::better);
        }
        Map<Long, Integer> levels = new HashMap<>();
        Map<Long, Integer> verified = new HashMap<>();
        em.createQuery("SELECT a.competencyId, a.level, a.source FROM CompetencyAssessment a WHERE a.accountId = :me"
                        + " ORDER BY a.assessedAt, a.id", Object[].class)
                .setParameter("me", me).getResultList()
                .forEach(row -> {
                    levels.put((Long) row[0], (Integer) row[1]);
                    if (row[2] != AssessmentSource.SELF) {
                        verified.put((Long) row[0], (Integer) row[1]);
                    }
                });

        // Cross-walks and names (with the roll-up rules under them) of every role's competencies: reference data.
        Reference reference = reference();
        Map<Long, Set<Long>> exact = reference.exact();
        CompetencyOutline outline = reference.outline();
        Map<Long, ReadinessCalculator.CompetencyName> names = outline.names();
        Map<Long, Qualification> qualifications = roleProfiles.qualificationsById();
        EngineerProfile profile = em.find(EngineerProfile.class, me);
        EngineerFacts facts = new EngineerFacts(profile == null ? null : profile.getYearsExperience(), held, levels,
                exact, verified, outline.rules(), outline.children());
        return roles.stream().map(role -> ReadinessCalculator.assess(role, facts,
                id -> qualifications.containsKey(id) ? qualifications.get(id).getName() : "qualification " + id,
                id -> names.getOrDefault(id, new ReadinessCalculator.CompetencyName("#" + id, "", "")))).toList();
    }

    /**
     * What judging readiness needs besides the roles and the engineer: the exact-match cross-walks of every role's
     * competencies, and the outline (names, roll-up rules) of those and their cross-walked partners.
     */
    private record Reference(Map<Long, Set<Long>> exact, CompetencyOutline outline) {
    }

    private Reference reference() {
        List<RoleProfile> roles = roleProfiles.roles();
        return referenceData.get(Catalogue.COMPETENCE, "readiness", () -> {
            Set<Long> required = new HashSet<>();
            roles.forEach(r -> r.getCompetencies().stream().map(CompetencyRequirement::getCompetencyId)
                    .forEach(required::add));
            Map<Long, Set<Long>> exact = new HashMap<>();
            Set<Long> named = new HashSet<>(required);
            if (!required.isEmpty()) {
                em.createQuery("SELECT x.fromCompetencyId, x.toCompetencyId FROM Crosswalk x WHERE x.kind = :k"
                                + " AND (x.fromCompetencyId IN :ids OR x.toCompetencyId IN :ids)", Object[].class)
                        .setParameter("k", CrosswalkKind.EXACT_MATCH).setParameter("ids", required).getResultList()
                        .forEach(row -> {
                            Long from = (Long) row[0];
                            Long to = (Long) row[1];
                            exact.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                            exact.computeIfAbsent(to, k -> new HashSet<>()).add(from);
                            named.add(from);
                            named.add(to);
                        });
            }
            return new Reference(exact, CompetencyOutline.read(em, named));
        });
    }

    /** Of two records of the same qualification, the one that helps most (verified, then unverified, then expired). */
    private static HeldStatus better(HeldStatus a, HeldStatus b) {
        if (a == HeldStatus.VERIFIED || b == HeldStatus.VERIFIED) {
            return HeldStatus.VERIFIED;
        }
        return a == HeldStatus.UNVERIFIED || b == HeldStatus.UNVERIFIED ? HeldStatus.UNVERIFIED : HeldStatus.EXPIRED;
    }
}
