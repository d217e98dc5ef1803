package org.healthengineering.portal.application.mentoring;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.framework.CompetencyScale;
import org.healthengineering.portal.application.framework.FrameworkCatalogue;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.assessment.AssessmentSource;
import org.healthengineering.portal.domain.assessment.CompetencyAssessment;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.framework.Competency;
import org.healthengineering.portal.domain.framework.Framework;
import org.healthengineering.portal.domain.mentoring.Mentoring;
import org.healthengineering.portal.domain.mentoring.VerificationAgreement;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifying engineers' competencies: an engineer's active mentor, or any assessor, records the level they judge
 * (a different level than the engineer's own needs a reason). Every verification is kept with its source. When
 * verifiers are more than one level apart the competency is flagged for an assessor.
 */
@Stateless
public class Verifications {

    /** One of the mentee's competencies as a verifier sees it. */
    /**
     * Where an engineer stands in one competency they have assessed. {@code code} is the competency's stored code
     * (for links and searches); {@code displayCode} is what people see, empty when the competency was given none.
     */
    public record Standing(long competencyId, String code, String title, Integer selfLevel, Integer verifiedLevel,
                           boolean disputed, String displayCode) implements Serializable {
    }

    /** A competency whose verifiers disagree, for assessors. */
    public record Dispute(long engineerId, String engineerName, long competencyId, String competency,
                          Map<String, Integer> levelsByVerifier) implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Mentorings mentorings;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    Notifier notifier;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public CompetencyAssessment verify(long engineerId, long competencyId, int level, String reason) {
        AssessmentSource source = verifierOf(engineerId);
        List<FieldProblem> problems = new ArrayList<>();
        Competency competency = CompetencyScale.check(em, competencyId, level, "level", problems);
        InvalidInputException.throwIfAny(problems);
        List<CompetencyAssessment> history = history(engineerId, competencyId);
        Integer self = history.stream().filter(a -> a.getSource() == AssessmentSource.SELF)
                .reduce((a, b) -> b).map(CompetencyAssessment::getLevel).orElse(null);
        CompetencyAssessment verified = CompetencyAssessment.verified(engineerId, competencyId, level, self, source,
                caller.accountId(), reason, clock.instant());
        em.persist(verified);
        em.flush();
        String verifier = em.find(Account.class, caller.accountId()).getDisplayName();
        String levelName = em.find(Framework.class, competency.getFrameworkId()).level(level)
                .map(l -> " (" + l.getLabel() + ")").orElse("");
        notifier.notify(engineerId, Notification.Kind.COMPETENCY_VERIFIED, verifier
                + (source == AssessmentSource.MENTOR ? " (your mentor)" : " (an assessor)") + " verified "
                + competency.displayName() + " at level " + level + levelName
                + (self != null && self != level ? "; you had said " + self + "." : "."), "/competence/assess.xhtml");
        List<CompetencyAssessment> after = new ArrayList<>(history);
        after.add(verified);
        if (VerificationAgreement.disagree(after)) {
            for (Account assessor : em.createQuery("SELECT a FROM Account a WHERE :role MEMBER OF a.roles",
                    Account.class).setParameter("role", Role.ASSESSOR).getResultList()) {
                notifier.notify(assessor.getId(), Notification.Kind.VERIFIERS_DISAGREE, "Verifiers are more than "
                        + VerificationAgreement.TOLERANCE + " level apart on " + competency.displayName() + " for "
                        + em.find(Account.class, engineerId).getDisplayName() + ".", "/mentoring/disputes.xhtml");
            }
        }
        audit.fire(AuditEvent.created(AuditAction.COMPETENCY_VERIFIED, "CompetencyAssessment", verified.getId(),
                competency.getCode() + " of engineer " + engineerId + " at level " + level + " (" + source + ")"));
        return verified;
    }

    /** The engineer asks their active mentor to verify a competency. */
    public void request(long mentoringId, long competencyId) {
        caller.check(Permissions.MENTORING);
        Mentoring mentoring = mentorings.participating(mentoringId);
        if (!mentoring.isActive() || mentoring.getMenteeId() != caller.accountId()) {
            throw new ConflictException("mentoringId", "Ask your mentor within an active relationship.");
        }
        Competency competency = em.find(Competency.class, competencyId);
        if (competency == null) {
            throw InvalidInputException.of("competencyId", "No competency has the id " + competencyId + ".");
        }
        notifier.notify(mentoring.getMentorId(), Notification.Kind.VERIFICATION_REQUESTED,
                em.find(Account.class, caller.accountId()).getDisplayName() + " asks you to verify "
                        + competency.displayName() + ".",
                "/mentoring/view.xhtml?id=" + mentoringId);
    }

    /** Every assessment of one competency, oldest first: for the engineer, their active mentor and assessors. */
    public List<CompetencyAssessment> history(long engineerId, long competencyId) {
        if (engineerId != caller.accountId()) {
            verifierOf(engineerId);
        }
        return em.createQuery("SELECT a FROM CompetencyAssessment a WHERE a.accountId = :e AND a.competencyId = :c"
                        + " ORDER BY a.assessedAt, a.id", CompetencyAssessment.class)
                .setParameter("e", engineerId).setParameter("c", competencyId).getResultList();
    }

    /** What the engineer has assessed or had verified, for their verifier to choose from. */
    public List<Standing> standing(long engineerId) {
        if (engineerId != caller.accountId()) {
            verifierOf(engineerId);
        }
        Map<Long, List<CompetencyAssessment>> byCompetency = new LinkedHashMap<>();
        em.createQuery("SELECT a FROM CompetencyAssessment a WHERE a.accountId = :e ORDER BY a.assessedAt, a.id",
                        CompetencyAssessment.class).setParameter("e", engineerId).getResultList()
                .forEach(a -> byCompetency.computeIfAbsent(a.getCompetencyId(), k -> new ArrayList<>()).add(a));
        Map<Long, Competency> competencies = catalogue.competencies(byCompetency.keySet());
        List<Standing> standing = new ArrayList<>();
        byCompetency.forEach((id, history) -> {
            Competency c = competencies.get(id);
            if (c == null) {
                return;
            }
            Integer self = history.stream().filter(a -> a.getSource() == AssessmentSource.SELF).reduce((a, b) -> b)
                    .map(CompetencyAssessment::getLevel).orElse(null);
            Integer verified = history.stream().filter(a -> a.getSource() != AssessmentSource.SELF).reduce((a, b) -> b)
                    .map(CompetencyAssessment::getLevel).orElse(null);
            standing.add(new Standing(id, c.getCode(), c.getTitle(), self, verified,
                    VerificationAgreement.disagree(history), c.displayCode()));
        });
        return standing;
    }

    /** Competencies whose verifiers disagree (assessors only). */
    public List<Dispute> disputes() {
        caller.check(Permissions.COMPETENCE_VERIFY);
        Map<String, List<CompetencyAssessment>> grouped = new LinkedHashMap<>();
        em.createQuery("SELECT a FROM CompetencyAssessment a WHERE a.source <> :self ORDER BY a.accountId,"
                        + " a.competencyId, a.assessedAt, a.id", CompetencyAssessment.class)
                .setParameter("self", AssessmentSource.SELF).getResultList()
                .forEach(a -> grouped.computeIfAbsent(a.getAccountId() + "/" + a.getCompetencyId(),
                        k -> new ArrayList<>()).add(a));
        List<List<CompetencyAssessment>> disputed = grouped.values().stream()
                .filter(VerificationAgreement::disagree).toList();
        Set<Long> people = new HashSet<>();
        Set<Long> competencyIds = new HashSet<>();
        for (List<CompetencyAssessment> history : disputed) {
            history.forEach(a -> {
                people.add(a.getAccountId());
                people.add(a.getAssessorId());
                competencyIds.add(a.getCompetencyId());
            });
        }
        Map<Long, Account> accounts = Accounts.byId(em, people);
        Map<Long, Competency> competencies = catalogue.competencies(competencyIds);
        List<Dispute> disputes = new ArrayList<>();
        for (List<CompetencyAssessment> history : disputed) {
            CompetencyAssessment first = history.get(0);
            Map<String, Integer> levels = new HashMap<>();
            VerificationAgreement.latestByVerifier(history).forEach((verifier, level) ->
                    levels.put(Accounts.name(accounts, verifier), level));
            Competency c = competencies.get(first.getCompetencyId());
            disputes.add(new Dispute(first.getAccountId(), Accounts.name(accounts, first.getAccountId()),
                    first.getCompetencyId(), c == null ? "competency " + first.getCompetencyId()
                    : c.displayName(), levels));
        }
        return disputes;
    }

    /** How the caller may verify the engineer: as an assessor, or as their active mentor; otherwise not found. */
    private AssessmentSource verifierOf(long engineerId) {
        caller.check(Permissions.OWN_ACCOUNT);
        if (engineerId == caller.accountId()) {
            throw InvalidInputException.of("engineerId", "Your own competencies are verified by others.");
        }
        if (caller.has(Permissions.COMPETENCE_VERIFY)) {
            return AssessmentSource.ASSESSOR;
        }
        if (mentorings.mentorsActively(engineerId)) {
            return AssessmentSource.MENTOR;
        }
        throw new NotFoundException("Engineer", engineerId);
    }
}
