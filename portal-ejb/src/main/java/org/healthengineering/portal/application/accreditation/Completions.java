package org.healthengineering.portal.application.accreditation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.EmailAddress;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.accreditation.CompletionRow;
import org.healthengineering.portal.domain.accreditation.Course;
import org.healthengineering.portal.domain.accreditation.CourseCompletion;
import org.healthengineering.portal.domain.accreditation.TrainingProvider;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.cpd.CpdActivity;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.FieldProblem;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completions of accredited courses, recorded by the course's provider (a form, a CSV file or the API): all or
 * nothing, every bad row listed. Each completion of a person with an account becomes a verified CPD activity,
 * linked to the competencies the course builds; one for an email without an account waits until someone
 * confirms an account with that email.
 */
@Stateless
public class Completions {

    /** How many rows one query looks up at once. */
    private static final int CHUNK = 1000;

    /** What one recording did: the rows stored, the verified activities added, and the completions waiting. */
    public record Recorded(int completions, int verifiedActivities, int waiting) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Notifier notifier;

    @Inject
    VerifiedCpd verifiedCpd;

    /**
     * A provider's member records completions of its course. {@code earlier} are problems already found in reading
     * the rows (a CSV file's unreadable cells): they are listed with the rest, and nothing is stored.
     */
    public Recorded record(long courseId, List<CompletionRow> rows, List<FieldProblem> earlier) {
        caller.check(Permissions.PROVIDER_WORK);
        Course course = em.find(Course.class, courseId, LockModeType.OPTIMISTIC);
        TrainingProvider provider = course == null ? null : em.find(TrainingProvider.class, course.getProviderId());
        if (provider == null || !provider.hasMember(caller.accountId())) {
            throw new NotFoundException(Courses.SUBJECT, courseId);
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>(earlier == null ? List.of() : earlier);
        List<CompletionRow> given = rows == null ? List.of() : rows;
        if (given.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("rows", "Give at least one completion."));
        }
        Map<String, CompletionRow> byKey = new LinkedHashMap<>();
        for (CompletionRow row : given) {
            var emailProblem = EmailAddress.problemWith(row.email());
            if (emailProblem.isPresent()) {
                problems.add(new FieldProblem(row.where() + "email", "Give the engineer's email address."));
            }
            course.completionProblem(row, today).ifPresent(problems::add);
            if (emailProblem.isEmpty() && row.completedOn() != null) {
                String key = EmailAddress.normalise(row.email()) + " " + row.completedOn();
                if (byKey.putIfAbsent(key, row) != null) {
                    problems.add(new FieldProblem(row.where() + "email", "The same completion is given twice."));
                }
            }
        }
        Set<String> stored = storedKeys(courseId, byKey.values());
        for (Map.Entry<String, CompletionRow> entry : byKey.entrySet()) {
            if (stored.contains(entry.getKey())) {
                problems.add(new FieldProblem(entry.getValue().where() + "email",
                        "This completion was recorded before."));
            }
        }
        InvalidInputException.throwIfAny(problems);

        Map<String, Long> accounts = accountsByEmail(byKey.values().stream()
                .map(r -> EmailAddress.normalise(r.email())).distinct().toList());
        Instant now = clock.instant();
        String source = course.verifiedSource(provider.getName());
        List<CourseCompletion> completions = new ArrayList<>();
        List<CpdActivity> activities = new ArrayList<>();
        for (CompletionRow row : byKey.values()) {
            String email = EmailAddress.normalise(row.email());
            Long account = accounts.get(email);
            completions.add(new CourseCompletion(courseId, email, row.completedOn(), row.hours(), caller.accountId(),
                    now));
            activities.add(account == null ? null : CpdActivity.verified(account, courseId, course.getTitle(), source,
                    row.completedOn(), row.hours(), now));
        }
        activities.stream().filter(a -> a != null).forEach(em::persist);
        em.flush();
        int verified = 0;
        for (int i = 0; i < completions.size(); i++) {
            CourseCompletion completion = completions.get(i);
            CpdActivity activity = activities.get(i);
            if (activity != null) {
                completion.linkTo(activity.getOwnerId(), activity.getId());
                verifiedCpd.linkCompetencies(activity, course);
                verified++;
            }
            em.persist(completion);
        }
        em.flush();
        for (CpdActivity activity : activities) {
            if (activity != null) {
                notifier.notify(activity.getOwnerId(), Notification.Kind.COMPLETION_VERIFIED, "Your completion of \""
                        + course.getTitle() + "\" was added to your CPD as a verified activity. Add your reflection.",
                        "/cpd.xhtml");
            }
        }
        Recorded recorded = new Recorded(completions.size(), verified, completions.size() - verified);
        audit.fire(AuditEvent.created(AuditAction.COMPLETIONS_RECORDED, Courses.SUBJECT, courseId,
                recorded.completions() + " completions: " + recorded.verifiedActivities() + " verified activities, "
                        + recorded.waiting() + " waiting for an account"));
        return recorded;
    }

    /** The completions of a course, for its provider's members and body administrators. */
    public List<CourseCompletion> ofCourse(long courseId) {
        caller.check(Permissions.OWN_ACCOUNT);
        Course course = em.find(Course.class, courseId);
        TrainingProvider provider = course == null ? null : em.find(TrainingProvider.class, course.getProviderId());
        boolean mayRead = provider != null && (caller.has(Permissions.ACCREDITATION_MANAGE)
                || caller.has(Permissions.PROVIDER_WORK) && provider.hasMember(caller.accountId()));
        if (!mayRead) {
            throw new NotFoundException(Courses.SUBJECT, courseId);
        }
        return em.createQuery("SELECT c FROM CourseCompletion c WHERE c.courseId = :course"
                + " ORDER BY c.completedOn DESC, c.id DESC", CourseCompletion.class)
                .setParameter("course", courseId).getResultList();
    }

    /**
     * Completions waiting for this email become the account's verified activities: called when an account's email
     * is proven (confirmed, or provisioned by the operator), inside that use case's transaction.
     */
    public int linkWaiting(long accountId, String email) {
        List<CourseCompletion> waiting = em.createQuery("SELECT c FROM CourseCompletion c WHERE c.email = :email"
                + " AND c.accountId IS NULL ORDER BY c.id", CourseCompletion.class)
                .setParameter("email", EmailAddress.normalise(email)).getResultList();
        Instant now = clock.instant();
        for (CourseCompletion completion : waiting) {
            Course course = em.find(Course.class, completion.getCourseId());
            TrainingProvider provider = em.find(TrainingProvider.class, course.getProviderId());
            verifiedCpd.add(accountId, completion, course, provider.getName(), now);
            audit.fire(new AuditEvent(AuditAction.COMPLETION_LINKED, Courses.SUBJECT, course.getId(), null,
                    "completion " + completion.getId() + " to account " + accountId));
        }
        return waiting.size();
    }

    private Set<String> storedKeys(long courseId, java.util.Collection<CompletionRow> rows) {
        List<String> emails = rows.stream().map(r -> EmailAddress.normalise(r.email())).distinct().toList();
        Set<String> keys = new HashSet<>();
        for (int from = 0; from < emails.size(); from += CHUNK) {
            List<Object[]> found = em.createQuery("SELECT c.email, c.completedOn FROM CourseCompletion c"
                            + " WHERE c.courseId = :course AND c.email IN :emails", Object[].class)
                    .setParameter("course", courseId)
                    .setParameter("emails", emails.subList(from, Math.min(emails.size(), from + CHUNK)))
                    .getResultList();
            found.forEach(f -> keys.add(f[0] + " " + f[1]));
        }
        return keys;
    }

    private Map<String, Long> accountsByEmail(List<String> emails) {
        Map<String, Long> accounts = new HashMap<>();
        for (int from = 0; from < emails.size(); from += CHUNK) {
            List<Object[]> found = em.createQuery("SELECT a.email, a.id FROM Account a WHERE a.email IN :emails"
                            + " AND a.emailConfirmedAt IS NOT NULL", Object[].class)
                    .setParameter("emails", emails.subList(from, Math.min(emails.size(), from + CHUNK)))
                    .getResultList();
            found.forEach(f -> accounts.put((String) f[0], (Long) f[1]));
        }
        return accounts;
    }
}
