package org.healthengineering.portal.application.mentoring;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.framework.CompetencyScale;
import org.healthengineering.portal.application.readiness.Readiness;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.mentoring.MentorProfile;
import org.healthengineering.portal.domain.mentoring.MentorRanking;
import org.healthengineering.portal.domain.mentoring.MentoringStatus;
import org.healthengineering.portal.domain.mentoring.SupportedCompetency;
import org.healthengineering.portal.domain.readiness.RequirementCheck;
import org.healthengineering.portal.domain.role.CompetencyRequirement;
import org.healthengineering.portal.domain.role.RoleProfile;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Mentors' profiles, and suggestions of mentors for an engineer's gaps in a target role. */
@Stateless
public class MentorProfiles {

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

    /** The caller's own profile, or null if they have none yet. */
    public MentorProfile mine() {
        caller.check(Permissions.MENTOR);
        return em.find(MentorProfile.class, caller.accountId());
    }

    public MentorProfile offer(MentorProfile.Offer offer) {
        caller.check(Permissions.MENTOR);
        List<FieldProblem> problems = new ArrayList<>();
        if (offer.competencies() != null) {
            offer.competencies().forEach((id, level) -> CompetencyScale.check(em, id, level == null ? 0 : level,
                    "competencies", problems));
        }
        InvalidInputException.throwIfAny(problems);
        MentorProfile profile = em.find(MentorProfile.class, caller.accountId());
        if (profile == null) {
            profile = new MentorProfile(caller.accountId(), offer, clock.instant());
            em.persist(profile);
        } else {
            profile.offer(offer, clock.instant());
        }
        em.flush();
        audit.fire(AuditEvent.created(AuditAction.MENTOR_PROFILE_PUBLISHED, "MentorProfile", caller.accountId(),
                (profile.isPublished() ? "published" : "hidden") + ", capacity " + profile.getCapacity() + ", "
                        + profile.getCompetencies().size() + " competencies"));
        return profile;
    }

    /** Published mentors (other than the caller) with their free places. */
    public List<MentorRanking.Candidate> mentors() {
        caller.check(Permissions.MENTORING);
        List<MentorProfile> profiles = em.createQuery("SELECT p FROM MentorProfile p WHERE p.published = TRUE"
                + " AND p.accountId <> :me", MentorProfile.class).setParameter("me", caller.accountId()).getResultList();
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("SELECT m.mentorId, COUNT(m) FROM Mentoring m WHERE m.status IN :open GROUP BY m.mentorId",
                        Object[].class).setParameter("open", List.of(MentoringStatus.ACTIVE, MentoringStatus.REQUESTED))
                .getResultList().forEach(row -> taken.put((Long) row[0], (Long) row[1]));
        Map<Long, Account> accounts = Accounts.byId(em, profiles.stream().map(MentorProfile::getAccountId).toList());
        List<MentorRanking.Candidate> candidates = new ArrayList<>();
        for (MentorProfile p : profiles) {
            Account mentor = accounts.get(p.getAccountId());
            if (mentor == null || !mentor.holds(org.healthengineering.portal.domain.account.Role.MENTOR)) {
                continue;
            }
            Map<Long, Integer> supports = new HashMap<>();
            for (SupportedCompetency c : p.getCompetencies()) {
                supports.put(c.getCompetencyId(), c.getLevel());
            }
            candidates.add(new MentorRanking.Candidate(p.getAccountId(), mentor.getDisplayName(), p.getRegion(),
                    (int) (p.getCapacity() - taken.getOrDefault(p.getAccountId(), 0L)), supports));
        }
        return candidates;
    }

    /** Mentors ranked by how well they cover the caller's competency gaps for the role. */
    public List<MentorRanking.Suggestion> suggest(String roleCode) {
        caller.check(Permissions.MENTORING);
        RoleProfile role = em.createQuery("SELECT r FROM RoleProfile r WHERE r.code = :c", RoleProfile.class)
                .setParameter("c", roleCode == null ? "" : roleCode.trim().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Role profile", roleCode));
        Map<Long, Integer> required = new HashMap<>();
        for (CompetencyRequirement r : role.getCompetencies()) {
            required.put(r.getCompetencyId(), r.getMinLevel());
        }
        List<MentorRanking.Gap> gaps = new ArrayList<>();
        for (RequirementCheck check : readiness.forRole(role.getCode()).gaps()) {
            if (check.competencyId() != null) {
                gaps.add(new MentorRanking.Gap(check.competencyId(), required.get(check.competencyId()),
                        check.requirement()));
            }
        }
        return MentorRanking.rank(gaps, mentors());
    }
}
