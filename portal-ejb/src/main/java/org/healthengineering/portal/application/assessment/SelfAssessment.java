package org.healthengineering.portal.application.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.assessment.EngineerProfile;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.framework.FrameworkStatus;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An engineer assesses their own competencies against published frameworks and keeps their profile. Every
 * assessment is kept: a new one adds to the history, it never overwrites. Only the engineer reads their own
 * assessments here.
 */
@Stateless
public class SelfAssessment {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public CompetencyAssessment assess(long competencyId, int level, String note, String evidenceText,
                                       String evidenceUrl, Set<Long> cpdActivityIds) {
        caller.check(Permissions.COMPETENCE_SELF);
        Competency competency = em.find(Competency.class, competencyId);
        Framework framework = competency == null ? null : em.find(Framework.class, competency.getFrameworkId());
        if (framework == null || framework.getStatus() != FrameworkStatus.PUBLISHED) {
            throw new NotFoundException("Competency of a published framework", competencyId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (framework.level(level).isEmpty()) {
            problems.add(new FieldProblem("level", "Choose a level of the framework's scale (1–"
                    + framework.highestLevel() + ")."));
        }
        if (evidenceUrl != null && !evidenceUrl.isBlank()) {
            try {
                URI uri = new URI(evidenceUrl.trim());
                if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
                        || evidenceUrl.length() > CompetencyAssessment.URL_LENGTH) {
                    problems.add(new FieldProblem("evidenceUrl", "Enter a web link starting with https:// or http://."));
                }
            } catch (java.net.URISyntaxException e) {
                problems.add(new FieldProblem("evidenceUrl", "This is not a valid web link."));
            }
        }
        for (String[] text : new String[][] {{"note", note}, {"evidenceText", evidenceText}}) {
            if (text[1] != null && text[1].length() > CompetencyAssessment.TEXT_LENGTH) {
                problems.add(new FieldProblem(text[0], "Use at most 10000 characters."));
            }
        }
        Set<Long> cpd = cpdActivityIds == null ? Set.of() : cpdActivityIds;
        if (!cpd.isEmpty()) {
            long own = em.createQuery("SELECT COUNT(a) FROM CpdActivity a WHERE a.id IN :ids AND a.ownerId = :me",
                    Long.class).setParameter("ids", cpd).setParameter("me", caller.accountId()).getSingleResult();
            if (own != cpd.size()) {
                problems.add(new FieldProblem("cpdActivityIds", "Link only your own CPD activities."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        CompetencyAssessment assessment = CompetencyAssessment.self(caller.accountId(), competencyId, level, note,
                evidenceText, evidenceUrl, cpd, clock.instant());
        em.persist(assessment);
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.COMPETENCY_ASSESSED, "CompetencyAssessment", assessment.getId(),
                competency.getCode() + " at level " + level + " (self)"));
        return assessment;
    }

    /** The caller's assessments of one competency, newest first. */
    public List<CompetencyAssessment> history(long competencyId) {
        caller.check(Permissions.COMPETENCE_SELF);
        return em.createQuery("SELECT a FROM CompetencyAssessment a WHERE a.accountId = :me"
                        + " AND a.competencyId = :c ORDER BY a.assessedAt DESC, a.id DESC", CompetencyAssessment.class)
                .setParameter("me", caller.accountId()).setParameter("c", competencyId).getResultList();
    }

    /** The caller's current (latest) level in each competency of a framework they have assessed. */
    public Map<Long, Integer> currentLevels(long frameworkId) {
        caller.check(Permissions.COMPETENCE_SELF);
        Map<Long, Integer> levels = new HashMap<>();
        em.createQuery("SELECT a.competencyId, a.level FROM CompetencyAssessment a, Competency c"
                        + " WHERE a.accountId = :me AND c.id = a.competencyId AND c.frameworkId = :f"
                        + " ORDER BY a.assessedAt, a.id", Object[].class)
                .setParameter("me", caller.accountId()).setParameter("f", frameworkId).getResultList()
                .forEach(row -> levels.put((Long) row[0], (Integer) row[1]));
        return levels;
    }

    public EngineerProfile profile() {
        caller.check(Permissions.COMPETENCE_SELF);
        EngineerProfile profile = em.find(EngineerProfile.class, caller.accountId());
        return profile != null ? profile : new EngineerProfile(caller.accountId(), clock.instant());
    }

    public EngineerProfile updateProfile(Integer yearsExperience, String currentPost) {
        caller.check(Permissions.COMPETENCE_SELF);
        EngineerProfile profile = em.find(EngineerProfile.class, caller.accountId());
        boolean created = profile == null;
        if (created) {
            profile = new EngineerProfile(caller.accountId(), clock.instant());
        }
        profile.update(yearsExperience, currentPost, clock.instant());
        if (created) {
            em.persist(profile);
        }
        audit.fire(AuditEvent.created(AuditAction.PROFILE_UPDATED, "EngineerProfile", caller.accountId(),
                "years=" + yearsExperience + ", post=" + currentPost));
        return profile;
    }
}
