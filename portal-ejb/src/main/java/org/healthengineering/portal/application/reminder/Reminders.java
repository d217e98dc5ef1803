package org.healthengineering.portal.application.reminder;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.ScheduledOnce;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.notification.Notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the CPD reminders that are due: every day at 06:30 (server time) on each portal, and on demand for system
 * administrators. "Today" comes from the portal's clock. Every engineer (a confirmed account whose roles let it
 * log CPD) is handled in a transaction of its own ({@link EngineerReminders}), so one engineer's failure neither
 * stops nor undoes the others'; running again on the same day, or on two portals at once, sends nothing twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    /** The reminders one run sent, by kind (every reminder kind present, zero included). */
    public record Run(LocalDate date, Map<Notification.Kind, Integer> sent) {

        public Run {
            sent = Collections.unmodifiableMap(new EnumMap<>(sent));
        }

        public int total() {
            return sent.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    EngineerReminders engineerReminders;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Another node of a cluster may have run it already. */
    @Inject
    ScheduledOnce once;

    /** A system administrator runs today's reminders now (what the daily job does). */
    public Run runNow() {
        caller.check(Permissions.OPERATIONS_RUN);
        return send(LocalDate.now(clock));
    }

    @Schedule(hour = "6", minute = "30", persistent = false)
    void daily() {
        if (!once.claim("cpd-reminders", LocalDate.now(clock).toString())) {
            return;
        }
        Run run = send(LocalDate.now(clock));
        LOG.info("Sent " + run.total() + " CPD reminders for " + run.date() + ": " + run.sent());
    }

    private Run send(LocalDate today) {
        Map<Notification.Kind, Integer> sent = new EnumMap<>(Notification.Kind.class);
        Arrays.stream(Notification.Kind.values()).filter(Notification.Kind::isReminder).forEach(k -> sent.put(k, 0));
        for (long accountId : engineers()) {
            try {
                engineerReminders.remind(accountId, today).forEach(kind -> sent.merge(kind, 1, Integer::sum));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send the CPD reminders of account " + accountId, e);
            }
        }
        return new Run(today, sent);
    }

    /** Confirmed accounts holding a role that lets them log CPD. */
    private List<Long> engineers() {
        List<Role> logging = Arrays.stream(Role.values())
                .filter(r -> r.getPermissions().contains(Permissions.CPD_LOG)).toList();
        return em.createQuery("SELECT DISTINCT a.id FROM Account a JOIN a.roles r WHERE r IN :roles"
                        + " AND a.emailConfirmedAt IS NOT NULL ORDER BY a.id", Long.class)
                .setParameter("roles", logging).getResultList();
    }
}
