package org.healthengineering.portal.application.cpdaudit;

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
import org.healthengineering.portal.domain.cpdaudit.AuditDeadline;
import org.healthengineering.portal.domain.cpdaudit.CaseState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CPD audit's deadlines: reminders 30, 7 and 1 days before a case's deadline and the non-engaged transition
 * after it. Runs every hour on every portal, and on demand for system administrators. It keeps no timer state of
 * its own: each run works from the cases' states and deadlines in the database and today's date, so a run after a
 * restart catches up on whatever fell due while the portal was down, and {@link CaseDeadline} makes sure that what
 * one portal did, another does not do again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditDeadlines {

    private static final Logger LOG = Logger.getLogger(AuditDeadlines.class.getName());

    /** What a run did, as of {@code date}. */
    public record Run(LocalDate date, int reminded, int nonEngaged) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CaseDeadline caseDeadline;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Another node of a cluster may have run it already. */
    @Inject
    ScheduledOnce once;

    /** A system administrator runs the deadline work now (what the hourly job does). */
    public Run runNow() {
        caller.check(Permissions.OPERATIONS_RUN);
        return run(LocalDate.now(clock));
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        if (!once.claim("audit-deadlines", LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).toString())) {
            return;
        }
        Run run = run(LocalDate.now(clock));
        if (run.reminded() + run.nonEngaged() > 0) {
            LOG.info("CPD audit deadlines for " + run.date() + ": " + run.reminded() + " reminded, " + run.nonEngaged()
                    + " non-engaged");
        }
    }

    private Run run(LocalDate today) {
        int reminded = 0;
        int nonEngaged = 0;
        int furthest = AuditDeadline.REMINDER_DAYS.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Long> due = em.createQuery("SELECT c.id FROM AuditCase c WHERE c.state IN :owing AND c.deadline <= :until"
                        + " ORDER BY c.deadline, c.id", Long.class)
                .setParameter("owing", CaseState.AWAITING_PROFILE).setParameter("until", today.plusDays(furthest))
                .getResultList();
        for (long id : due) {
            try {
                switch (caseDeadline.handle(id, today)) {
                    case REMINDED -> reminded++;
                    case NON_ENGAGED -> nonEngaged++;
                    default -> { }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not handle the deadline of CPD audit case " + id, e);
            }
        }
        return new Run(today, reminded, nonEngaged);
    }
}
