package org.healthengineering.portal.application.reminder;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.domain.cpd.BodyRegistration;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.cpd.CpdObjective;
import org.healthengineering.portal.domain.cpd.ProfessionalBody;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.reminder.EngineerCpd;
import org.healthengineering.portal.domain.reminder.Reminder;
import org.healthengineering.portal.domain.reminder.ReminderRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One engineer's reminders, in a transaction of its own: reads their CPD, asks {@link ReminderRules} what is due,
 * and sends each reminder not sent before. The unique key on {@code reminder} decides what "not sent before"
 * means: the row is inserted first, and only an insert that added a row sends. A second portal inserting the same
 * row at the same moment waits for this transaction and then finds it there, so it sends nothing; if this
 * transaction rolls back, neither the row nor the notification nor the mail remains.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EngineerReminders {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    ReminderClaims claims;

    /** Sends the engineer's due reminders as on {@code today}; answers the kinds of those sent, one per reminder. */
    public List<Notification.Kind> remind(long accountId, LocalDate today) {
        List<Notification.Kind> sent = new ArrayList<>();
        for (Reminder reminder : ReminderRules.due(today, cpd(accountId))) {
            if (claims.claim(accountId, reminder.kind(), reminder.subjectKey(), today)) {
                notifier.notify(accountId, reminder.kind(), reminder.text(), reminder.link());
                sent.add(reminder.kind());
            }
        }
        return sent;
    }

    private EngineerCpd cpd(long accountId) {
        List<EngineerCpd.Registration> registrations = new ArrayList<>();
        for (BodyRegistration r : em.createQuery("SELECT r FROM BodyRegistration r WHERE r.accountId = :a",
                BodyRegistration.class).setParameter("a", accountId).getResultList()) {
            registrations.add(new EngineerCpd.Registration(em.find(ProfessionalBody.class, r.getBodyId()),
                    r.getRegisteredOn()));
        }
        List<EngineerCpd.Activity> activities = em.createQuery("SELECT a FROM CpdActivity a WHERE a.ownerId = :a",
                CpdActivity.class).setParameter("a", accountId).getResultList().stream()
                .map(EngineerCpd.Activity::of).toList();
        List<EngineerCpd.Objective> objectives = em.createQuery("SELECT o FROM CpdObjective o WHERE o.ownerId = :a"
                + " AND o.outcome IS NULL", CpdObjective.class).setParameter("a", accountId).getResultList().stream()
                .map(EngineerCpd.Objective::of).toList();
        return new EngineerCpd(registrations, activities, objectives);
    }
}
