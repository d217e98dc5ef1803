package org.healthengineering.portal.application.cpdaudit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.StandardGrade;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.util.List;

/**
 * An assessor's work on CPD audit profiles: the queue of cases assigned to them (as first or second assessor, or
 * as moderator), each case's frozen profile, grading and moderating. A case not assigned to them does not exist
 * for them.
 */
@Stateless
public class AuditAssessments {

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

    /** The cases assigned to me in their current round, the oldest submission first. */
    public List<CaseView> queue() {
        caller.check(Permissions.CPD_AUDIT_ASSESS);
        long me = caller.accountId();
        return em.createQuery("SELECT DISTINCT c FROM AuditCase c JOIN c.assessments a WHERE a.assessorId = :me",
                        AuditCase.class).setParameter("me", me).getResultStream()
                .filter(c -> c.assessmentOf(me).isPresent())
                .sorted(java.util.Comparator.comparing(AuditCase::getSubmittedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(AuditCase::getId))
                .map(c -> views.of(c, CaseView.Audience.ASSESSOR)).toList();
    }

    public CaseView get(long id) {
        caller.check(Permissions.CPD_AUDIT_ASSESS);
        return views.of(assigned(id), CaseView.Audience.ASSESSOR);
    }

    /** I grade every standard of a profile assigned to me, declaring no conflict of interest. */
    public CaseView grade(long id, List<StandardGrade.Given> grades, boolean declaresNoConflict) {
        caller.check(Permissions.CPD_AUDIT_ASSESS);
        AuditCase auditCase = assigned(id);
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        auditCase.grade(caller.accountId(), grades, declaresNoConflict, campaign.standardCodes(), clock.instant());
        audit.fire(AuditEvent.created(AuditAction.AUDIT_PROFILE_GRADED, MyAuditCases.SUBJECT, id, "round "
                + auditCase.getRound() + ", " + auditCase.assessmentOf(caller.accountId()).orElseThrow().gradeMap()));
        return views.of(auditCase, CaseView.Audience.ASSESSOR);
    }

    /** As moderator, I grade the standards the two assessors disagree on. */
    public CaseView moderate(long id, List<StandardGrade.Given> grades, boolean declaresNoConflict) {
        caller.check(Permissions.CPD_AUDIT_ASSESS);
        AuditCase auditCase = assigned(id);
        AuditCampaign campaign = lookups.campaign(auditCase.getCampaignId());
        auditCase.moderate(caller.accountId(), grades, declaresNoConflict, campaign.standardCodes(), clock.instant());
        audit.fire(AuditEvent.created(AuditAction.AUDIT_PROFILE_MODERATED, MyAuditCases.SUBJECT, id, "round "
                + auditCase.getRound() + ", " + auditCase.assessmentOf(caller.accountId()).orElseThrow().gradeMap()));
        return views.of(auditCase, CaseView.Audience.ASSESSOR);
    }

    private AuditCase assigned(long id) {
        AuditCase auditCase = em.find(AuditCase.class, id);
        if (auditCase == null || !auditCase.isAssessedBy(caller.accountId())) {
            throw new NotFoundException("Audit case", id);
        }
        return auditCase;
    }
}
