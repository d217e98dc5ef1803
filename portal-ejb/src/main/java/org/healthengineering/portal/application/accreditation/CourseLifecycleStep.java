package org.healthengineering.portal.application.accreditation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.reminder.ReminderClaims;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.DateText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One course's day in the accreditation calendar (see {@link CourseLifecycle}), in a transaction of its own. */
@Stateless
public class CourseLifecycleStep {

    /** How many days before expiry providers are reminded, nearest first (one reminder per notice). */
    static final List<Integer> EXPIRY_NOTICES = List.of(30, 90);

    /** What the step did for one course. */
    public record Done(boolean expired, int expiryReminders, int overdueReturnReminders) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReminderClaims claims;

    @Inject
    Notifier notifier;

    @Inject
    Event<AuditEvent> audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Done handle(long courseId, LocalDate today) {
        Course course = em.find(Course.class, courseId);
        TrainingProvider provider = em.find(TrainingProvider.class, course.getProviderId());
        if (course.expireIfDue(today)) {
            audit.fire(new AuditEvent(AuditAction.COURSE_EXPIRED, Courses.SUBJECT, course.getId(), null,
                    "validity ended " + course.getValidUntil()));
            return new Done(true, 0, 0);
        }
        int expiring = 0;
        long daysLeft = ChronoUnit.DAYS.between(today, course.getValidUntil());
        for (int notice : EXPIRY_NOTICES) {
            if (daysLeft <= notice) {
                for (Long member : provider.getMemberIds()) {
                    if (claims.claim(member, Notification.Kind.COURSE_EXPIRING, "course:" + courseId + ":expiry:"
                            + course.getValidUntil() + ":" + notice, today)) {
                        notifier.notify(member, Notification.Kind.COURSE_EXPIRING, "The accreditation of \""
                                + course.getTitle() + "\" (" + course.getApprovalCode() + ") expires on "
                                + DateText.day(course.getValidUntil()) + ". Submit it again in good time to keep it.",
                                Courses.link(course));
                        expiring++;
                    }
                }
                break;
            }
        }
        int overdue = 0;
        for (int year : course.overdueReturns(today)) {
            for (Long member : provider.getMemberIds()) {
                if (claims.claim(member, Notification.Kind.COURSE_RETURN_OVERDUE, "course:" + courseId + ":return:"
                        + year, today)) {
                    notifier.notify(member, Notification.Kind.COURSE_RETURN_OVERDUE, "The annual return for year "
                            + year + " of \"" + course.getTitle() + "\" was due on "
                            + DateText.day(course.returnDueOn(year)) + ".", Courses.link(course));
                    overdue++;
                }
            }
        }
        return new Done(false, expiring, overdue);
    }
}
