package org.healthengineering.portal.application.cpdaudit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.CaseResponse;
import org.healthengineering.portal.domain.cpdaudit.ProfileRules;
import org.healthengineering.portal.domain.evidence.EvidenceFile;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sampled registrant's own audit cases: reading them, responding (a profile to follow, a deferral with its
 * reason, not practising), drafting and submitting the profile, appealing. Another's case does not exist for them.
 */
@Stateless
public class MyAuditCases {

    static final String SUBJECT = "AuditCase";

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
    CaseViews views;

    @Inject
    Notifier notifier;

    /** What the registrant sends: the response, its reason, and the profile so far. */
    public record Answer(CaseResponse response, String reason, String summary, String statement, List<Long> activities) {
    }

    public List<CaseView> mine() {
        caller.check(Permissions.CPD_LOG);
        return em.createQuery("SELECT c FROM AuditCase c WHERE c.registrantId = :me ORDER BY c.createdAt DESC, c.id DESC",
                        AuditCase.class).setParameter("me", caller.accountId()).getResultStream()
                .map(c -> views.of(c, CaseView.Audience.REGISTRANT)).toList();
    }

    public CaseView get(long id) {
        caller.check(Permissions.CPD_LOG);
        return views.of(own(id), CaseView.Audience.REGISTRANT);
    }

    /**
     * The registrant's response and, with a profile to follow, the profile drafted so far; all or nothing. A
     * deferral or not practising takes no profile.
     */
    public CaseView answer(long id, Answer answer) {
        caller.check(Permissions.CPD_LOG);
        AuditCase auditCase = own(id);
        if (answer.response() == null) {
            throw InvalidInputException.of("response", "Choose a response: PROFILE_TO_FOLLOW, DEFERRAL_REQUESTED or"
                    + " NOT_PRACTISING.");
        }
        boolean profileGiven = answer.summary() != null || answer.statement() != null || answer.activities() != null;
        if (answer.response() != CaseResponse.PROFILE_TO_FOLLOW && profileGiven) {
            throw InvalidInputException.of("response", "A profile goes with the response PROFILE_TO_FOLLOW only.");
        }
        String before = auditCase.getState().name();
        LocalDate today = LocalDate.now(clock);
        auditCase.respond(answer.response(), answer.reason(), today, clock.instant());
        if (answer.response() == CaseResponse.PROFILE_TO_FOLLOW) {
            AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
            Set<Long> logged = new HashSet<>();
            lookups.activitiesInPeriod(auditCase.getRegistrantId(), campaign).forEach(a -> logged.add(a.getId()));
            auditCase.draft(answer.summary(), answer.statement(), answer.activities(), logged, today, clock.instant());
            audit.fire(new AuditEvent(AuditAction.AUDIT_PROFILE_SAVED, SUBJECT, id, before, auditCase.getState()
                    + ", summary " + ProfileRules.words(auditCase.getSummary()) + " words, statement "
                    + ProfileRules.words(auditCase.getStatement()) + " words, activities " + auditCase.getChoices()));
        } else {
            audit.fire(new AuditEvent(AuditAction.AUDIT_CASE_RESPONDED, SUBJECT, id, before,
                    auditCase.getState().name()));
        }
        return views.of(auditCase, CaseView.Audience.REGISTRANT);
    }

    /** Submits the profile drafted: it is checked, then frozen as a snapshot of the period's activities. */
    public CaseView submit(long id) {
        caller.check(Permissions.CPD_LOG);
        AuditCase auditCase = own(id);
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        List<CpdActivity> logged = lookups.activitiesInPeriod(auditCase.getRegistrantId(), campaign);
        List<Long> ids = logged.stream().map(CpdActivity::getId).toList();
        List<EvidenceFile> files = ids.isEmpty() ? List.of()
                : em.createQuery("SELECT f FROM EvidenceFile f WHERE f.ownerId = :me AND f.activityId IN :ids",
                        EvidenceFile.class).setParameter("me", caller.accountId()).setParameter("ids", ids)
                .getResultList();
        String before = auditCase.getState().name();
        auditCase.submit(logged, files, LocalDate.now(clock), clock.instant());
        audit.fire(new AuditEvent(AuditAction.AUDIT_PROFILE_SUBMITTED, SUBJECT, id, before, auditCase.getState()
                + ", round " + auditCase.getRound() + ", " + auditCase.submittedActivities().size() + " activities, "
                + auditCase.submittedEvidence().size() + " evidence files"));
        auditCase.currentAssessments().forEach(a -> notifier.notify(a.getAssessorId(),
                Notification.Kind.AUDIT_ASSIGNED, "A CPD profile of the audit \u201c" + campaign.getTitle()
                        + "\u201d you assessed came back with the more information asked for: please assess it again.",
                AuditCaseDecisions.assessLink(id)));
        return views.of(auditCase, CaseView.Audience.REGISTRANT);
    }

    /** Appeals against not met or non-engaged. */
    public CaseView appeal(long id, String grounds) {
        caller.check(Permissions.CPD_LOG);
        AuditCase auditCase = own(id);
        String before = auditCase.getState().name();
        auditCase.lodgeAppeal(grounds, LocalDate.now(clock), clock.instant());
        audit.fire(new AuditEvent(AuditAction.AUDIT_APPEAL_LODGED, SUBJECT, id, before, auditCase.getState().name()));
        return views.of(auditCase, CaseView.Audience.REGISTRANT);
    }

    private AuditCase own(long id) {
        AuditCase auditCase = em.find(AuditCase.class, id);
        if (auditCase == null || !auditCase.isOf(caller.accountId())) {
            throw new NotFoundException("Audit case", id);
        }
        return auditCase;
    }
}
