package org.healthengineering.portal.application.accreditation;

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
import org.healthengineering.portal.domain.accreditation.CourseStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The accreditation's calendar, run every day at 06:40 on each portal and on demand by system administrators:
 * approvals past their validity expire; providers are reminded 90 and 30 days before an approval expires and when
 * an annual return is overdue. Each course is handled in a transaction of its own ({@link CourseLifecycleStep});
 * because the work follows from the stored dates, a run after a restart catches up on what fell due meanwhile,
 * and reminders are claimed in the database, so two portals running at once send each one once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseLifecycle {

    private static final Logger LOG = Logger.getLogger(CourseLifecycle.class.getName());

    /** What one run did. */
    public record Run(LocalDate date, int expired, int expiryReminders, int overdueReturnReminders) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CourseLifecycleStep step;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Another node of a cluster may have run it already. */
    @Inject
    ScheduledOnce once;

    public Run runNow() {
        caller.check(Permissions.OPERATIONS_RUN);
        return run(LocalDate.now(clock));
    }

    @Schedule(hour = "6", minute = "40", persistent = false)
    void daily() {
        if (!once.claim("course-calendar", LocalDate.now(clock).toString())) {
            return;
        }
        Run run = run(LocalDate.now(clock));
        LOG.info(() -> "Course accreditation calendar for " + run.date() + ": " + run);
    }

    private Run run(LocalDate today) {
        List<Long> approved = em.createQuery("SELECT c.id FROM Course c WHERE c.status IN :approved ORDER BY c.id",
                        Long.class)
                .setParameter("approved", List.of(CourseStatus.APPROVED, CourseStatus.APPROVED_WITH_CONDITIONS))
                .getResultList();
        int expired = 0;
        int expiring = 0;
        int overdue = 0;
        for (Long id : approved) {
            try {
                CourseLifecycleStep.Done done = step.handle(id, today);
                expired += done.expired() ? 1 : 0;
                expiring += done.expiryReminders();
                overdue += done.overdueReturnReminders();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not handle the calendar of course " + id, e);
            }
        }
        return new Run(today, expired, expiring, overdue);
    }
}
