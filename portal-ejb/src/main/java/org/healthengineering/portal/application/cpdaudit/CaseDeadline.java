package org.healthengineering.portal.application.cpdaudit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.audit.AuditRecorder;
import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.reminder.ReminderClaims;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpdaudit.AuditCampaign;
import org.healthengineering.portal.domain.cpdaudit.AuditCase;
import org.healthengineering.portal.domain.cpdaudit.AuditDeadline;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.DateText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * One case's deadline work, in a transaction of its own: the case is read with a row lock, so when two portals
 * handle it at once the second waits and then finds it done. Past its deadline without a profile it becomes
 * non-engaged (once: the second portal finds it non-engaged already). Before the deadline, the reminder due is
 * claimed by inserting its row into {@code reminder}, whose unique key lets only one insert in: only the portal
 * whose insert added the row notifies.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CaseDeadline {

    /** What handling a case did. */
    public enum Done { NOTHING, REMINDED, NON_ENGAGED }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    AuditRecorder auditRecorder;

    @Inject
    Clock clock;

    @Inject
    ReminderClaims claims;

    public Done handle(long caseId, LocalDate today) {
        AuditCase auditCase = em.find(AuditCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (auditCase == null) {
            return Done.NOTHING;
        }
        AuditCampaign campaign = em.find(AuditCampaign.class, auditCase.getCampaignId());
        String before = auditCase.getState().name();
        String link = AuditCampaigns.caseLink(caseId);
        if (auditCase.lapse(today, clock.instant())) {
            auditRecorder.record(new AuditEvent(AuditAction.AUDIT_CASE_NON_ENGAGED, MyAuditCases.SUBJECT, caseId, before,
                    auditCase.getState().name() + ", deadline " + auditCase.getDeadline()), null, null);
            notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_NON_ENGAGED, "No CPD profile came"
                    + " from you for the audit \u201c" + campaign.getTitle() + "\u201d by its deadline, "
                    + DateText.day(auditCase.getDeadline()) + ", so the body records that you did not engage. You may"
                    + " ask the body for more time, or appeal within " + AuditCase.APPEAL_DAYS + " days.", link);
            return Done.NON_ENGAGED;
        }
        if (!auditCase.getState().awaitsProfile()) {
            return Done.NOTHING;
        }
        OptionalInt days = AuditDeadline.reminderDue(auditCase.getDeadline(), today);
        if (days.isEmpty() || !claims.claim(auditCase.getRegistrantId(), Notification.Kind.AUDIT_DEADLINE_NEAR,
                "audit-case:" + auditCase.getId() + ":" + auditCase.getDeadline() + ":" + days.getAsInt(), today)) {
            return Done.NOTHING;
        }
        notifier.notify(auditCase.getRegistrantId(), Notification.Kind.AUDIT_DEADLINE_NEAR, "Your CPD profile for the"
                + " audit \u201c" + campaign.getTitle() + "\u201d is due by " + DateText.day(auditCase.getDeadline())
                + " (" + (days.getAsInt() == 1 ? "1 day" : days.getAsInt() + " days") + " or less from today)."
                + " Submit it on your audit case page, or ask the body for more time.", link);
        return Done.REMINDED;
    }
}
