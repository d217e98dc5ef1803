package org.healthengineering.portal.application.role;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.framework.CompetencyScale;
import org.healthengineering.portal.application.reference.Catalogue;
import org.healthengineering.portal.application.reference.ReferenceData;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.qualification.Qualification;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.QualificationRule;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.domain.role.RuleKind;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Role profiles: read by everyone signed in, defined and revised by body administrators. */
@Stateless
public class RoleProfiles {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    ReferenceData reference;

    /**
     * Every role profile with its rules and requirements: reference data, from this node's snapshot while no role
     * changes (loaded in a fixed number of queries). The profiles are shared: read them, never change them.
     */
    public List<RoleProfile> roles() {
        caller.check(Permissions.CATALOGUE_READ);
        return reference.get(Catalogue.COMPETENCE, "roles", () -> List.copyOf(em.createQuery(
                        "SELECT r FROM RoleProfile r ORDER BY r.responsibilityLevel DESC, r.title", RoleProfile.class)
                .setHint("eclipselink.batch", "r.rules")
                .setHint("eclipselink.batch", "r.rules.qualificationIds")
                .setHint("eclipselink.batch", "r.competencies")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList()));
    }

    /** Whether a role profile has exactly this code: for other services checking a reference to one. */
    public boolean exists(String code) {
        caller.check(Permissions.CATALOGUE_READ);
        return code != null && em.createQuery("SELECT COUNT(r) FROM RoleProfile r WHERE r.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    public RoleProfile role(String code) {
        caller.check(Permissions.CATALOGUE_READ);
        return em.createQuery("SELECT r FROM RoleProfile r WHERE r.code = :code", RoleProfile.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Role profile", code));
    }

    /** A qualification rule as the API and forms describe it; options are catalogue codes. */
    public record RuleDefinition(RuleKind kind, Integer minCount, String description, List<String> qualifications,
                                 List<RuleDefinition> rules) {
    }

    /** A competency requirement: a competency id of a published framework and the minimum level. */
    public record RequirementDefinition(long competencyId, int minLevel, boolean verificationRequired) {

        public RequirementDefinition(long competencyId, int minLevel) {
            this(competencyId, minLevel, false);
        }
    }

    /** Creates or replaces a role profile. */
    public RoleProfile define(String code, String title, String summary, int minYears, int responsibilityLevel,
                              String authorityNotes, List<RuleDefinition> rules,
                              List<RequirementDefinition> competencies) {
        caller.check(Permissions.ROLE_EDIT);
        if (code == null || !code.trim().matches("[A-Za-z0-9._\\-]{1,40}")) {
            throw InvalidInputException.of("code", "Use 1–40 letters, digits, dots, dashes or underscores.");
        }
        RoleProfile role = em.createQuery("SELECT r FROM RoleProfile r WHERE r.code = :code", RoleProfile.class)
                .setParameter("code", code.trim()).getResultStream().findFirst().orElse(null);
        boolean created = role == null;
        if (created) {
            role = new RoleProfile(code.trim(), title, summary, minYears, responsibilityLevel, authorityNotes);
        } else {
            role.describe(title, summary, minYears, responsibilityLevel, authorityNotes);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<QualificationRule> allRules = new ArrayList<>();
        int order = 0;
        for (RuleDefinition rule : rules == null ? List.<RuleDefinition>of() : rules) {
            addRule(role, null, rule, ++order, allRules, problems);
        }
        List<CompetencyRequirement> requirements = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (RequirementDefinition requirement : competencies == null ? List.<RequirementDefinition>of() : competencies) {
            Competency competency = CompetencyScale.check(em, requirement.competencyId(), requirement.minLevel(),
                    "competencies", problems);
            if (competency == null) {
                continue;
            }
            if (!seen.add(competency.getId())) {
                problems.add(new FieldProblem("competencies", competency.displayName() + " is required twice."));
            } else {
                requirements.add(new CompetencyRequirement(competency.getId(), requirement.minLevel(),
                        requirement.verificationRequired()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        role.requireQualifications(allRules);
        role.requireCompetencies(requirements);
        if (created) {
            em.persist(role);
        }
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.ROLE_PROFILE_DEFINED, "RoleProfile", role.getId(),
                (created ? "defined " : "revised ") + role.getCode() + ": " + allRules.size() + " rules, "
                        + requirements.size() + " competencies"));
        return role;
    }

    private void addRule(RoleProfile role, QualificationRule parent, RuleDefinition definition, int order,
                         List<QualificationRule> allRules, List<FieldProblem> problems) {
        if (definition.kind() == null || definition.description() == null || definition.description().isBlank()) {
            problems.add(new FieldProblem("rules", "Every rule needs a kind (all of, any one of, or at least a number of) and a description."));
            return;
        }
        Set<Long> options = new HashSet<>();
        for (String code : definition.qualifications() == null ? List.<String>of() : definition.qualifications()) {
            Long id = em.createQuery("SELECT q.id FROM Qualification q WHERE q.code = :code", Long.class)
                    .setParameter("code", code).getResultStream().findFirst().orElse(null);
            if (id == null) {
                problems.add(new FieldProblem("rules", "No qualification in the catalogue has the code " + code + "."));
            } else {
                options.add(id);
            }
        }
        int count = definition.minCount() == null ? 1 : definition.minCount();
        if (definition.kind() == RuleKind.AT_LEAST && count < 1) {
            problems.add(new FieldProblem("rules", "\"" + definition.description() + "\" needs a count of 1 or more."));
            return;
        }
        QualificationRule rule = new QualificationRule(role, parent, definition.kind(), count,
                definition.description().trim(), options, order);
        allRules.add(rule);
        int childOrder = 0;
        for (RuleDefinition child : definition.rules() == null ? List.<RuleDefinition>of() : definition.rules()) {
            addRule(role, rule, child, ++childOrder, allRules, problems);
        }
    }

    /**
     * Every catalogue qualification by id (reference data, as {@link #roles}): for wording rules (codes, names)
     * without a query each.
     */
    public java.util.Map<Long, Qualification> qualificationsById() {
        caller.check(Permissions.CATALOGUE_READ);
        return reference.get(Catalogue.COMPETENCE, "qualifications", () -> {
            java.util.Map<Long, Qualification> byId = new java.util.HashMap<>();
            em.createQuery("SELECT q FROM Qualification q", Qualification.class).getResultList()
                    .forEach(q -> byId.put(q.getId(), q));
            return java.util.Map.copyOf(byId);
        });
    }

    /** Catalogue codes of a rule's qualification options, sorted. */
    public static List<String> optionCodes(QualificationRule rule, java.util.Map<Long, Qualification> qualifications) {
        return rule.getQualificationIds().stream().map(qualifications::get).filter(java.util.Objects::nonNull)
                .map(Qualification::getCode).sorted().toList();
    }

}
