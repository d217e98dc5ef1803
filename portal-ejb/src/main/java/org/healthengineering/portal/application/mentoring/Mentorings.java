package org.healthengineering.portal.application.mentoring;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.notification.Notifier;
import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.account.Role;
import org.healthengineering.portal.domain.audit.AuditAction;
import org.healthengineering.portal.domain.audit.AuditEvent;
import org.healthengineering.portal.domain.mentoring.MentorProfile;
import org.healthengineering.portal.domain.mentoring.Mentoring;
import org.healthengineering.portal.domain.mentoring.MentoringAction;
import org.healthengineering.portal.domain.mentoring.MentoringGoal;
import org.healthengineering.portal.domain.mentoring.MentoringMeeting;
import org.healthengineering.portal.domain.mentoring.MentoringStatus;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.ConflictException;
import org.healthengineering.portal.domain.shared.InvalidInputException;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mentoring relationships: an engineer asks a published mentor with room, the mentor accepts or declines, and
 * either closes it. Inside an active relationship both record goals, meetings (shared notes, and private notes
 * only their author reads) and actions. Nobody else sees any of it.
 */
@Stateless
public class Mentorings {

    @Inject
    org.healthengineering.portal.application.role.RoleProfiles roles;

    private static final String SUBJECT = "Mentoring";

    /** A relationship as one participant sees it. */
    public record Detail(Mentoring mentoring, String menteeName, String mentorName, List<MentoringGoal> goals,
                         List<MeetingView> meetings, List<MentoringAction> actions) implements Serializable {
    }

    /** A meeting with the reader's own private note (never the other participant's). */
    public record MeetingView(MentoringMeeting meeting, String myPrivateNote) implements Serializable {
    }

    /** A relationship in a list, with the other participant's name. */
    public record Summary(Mentoring mentoring, String menteeName, String mentorName) implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Notifier notifier;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Clock clock;

    public Mentoring request(long mentorId, String roleCode, String message) {
        caller.check(Permissions.MENTORING);
        MentorProfile profile = em.find(MentorProfile.class, mentorId);
        Account mentor = em.find(Account.class, mentorId);
        if (profile == null || !profile.isPublished() || mentor == null || !mentor.holds(Role.MENTOR)) {
            throw new NotFoundException("Mentor", mentorId);
        }
        long open = em.createQuery("SELECT COUNT(m) FROM Mentoring m WHERE m.mentorId = :mentor AND m.status IN :open",
                        Long.class).setParameter("mentor", mentorId)
                .setParameter("open", List.of(MentoringStatus.ACTIVE, MentoringStatus.REQUESTED)).getSingleResult();
        if (open >= profile.getCapacity()) {
            throw new ConflictException("mentorId", mentor.getDisplayName() + " has no free place at the moment.");
        }
        long mine = em.createQuery("SELECT COUNT(m) FROM Mentoring m WHERE m.mentorId = :mentor AND m.menteeId = :me"
                        + " AND m.status IN :open", Long.class).setParameter("mentor", mentorId)
                .setParameter("me", caller.accountId())
                .setParameter("open", List.of(MentoringStatus.ACTIVE, MentoringStatus.REQUESTED)).getSingleResult();
        if (mine > 0) {
            throw new ConflictException("mentorId", "You already have an open request or relationship with "
                    + mentor.getDisplayName() + ".");
        }
        String role = roleCode == null || roleCode.isBlank() ? null : roleCode.trim();
        if (role != null && !roles.exists(role)) {
            throw InvalidInputException.of("roleCode", "There is no role profile " + role + ".");
        }
        Mentoring mentoring = Mentoring.request(caller.accountId(), mentorId, role, message, clock.instant());
        em.persist(mentoring);
        em.flush();
        notifier.notify(mentorId, Notification.Kind.MENTORING_REQUESTED, name(caller.accountId())
                + " asks you to mentor them" + (mentoring.getRoleCode() == null ? "." : " towards the role "
                + roles.role(mentoring.getRoleCode()).getTitle() + ".") + (mentoring.getMessage() == null ? ""
                : " \"" + mentoring.getMessage() + "\""), link(mentoring));
        audit.fire(AuditEvent.created(AuditAction.MENTORING_REQUESTED, SUBJECT, mentoring.getId(),
                "mentee " + caller.accountId() + " asked mentor " + mentorId));
        return mentoring;
    }

    public Mentoring accept(long id) {
        caller.check(Permissions.MENTOR);
        Mentoring mentoring = participating(id);
        mentoring.accept(caller.accountId(), clock.instant());
        notifier.notify(mentoring.getMenteeId(), Notification.Kind.MENTORING_ACCEPTED,
                name(caller.accountId()) + " accepted your mentoring request.", link(mentoring));
        audit.fire(AuditEvent.created(AuditAction.MENTORING_ANSWERED, SUBJECT, id, "accepted"));
        return mentoring;
    }

    public Mentoring decline(long id) {
        caller.check(Permissions.MENTOR);
        Mentoring mentoring = participating(id);
        mentoring.decline(caller.accountId(), clock.instant());
        notifier.notify(mentoring.getMenteeId(), Notification.Kind.MENTORING_DECLINED,
                name(caller.accountId()) + " declined your mentoring request.", "/mentoring/index.xhtml");
        audit.fire(AuditEvent.created(AuditAction.MENTORING_ANSWERED, SUBJECT, id, "declined"));
        return mentoring;
    }

    public Mentoring close(long id) {
        Mentoring mentoring = participating(id);
        mentoring.close(caller.accountId(), clock.instant());
        notifier.notify(mentoring.otherThan(caller.accountId()), Notification.Kind.MENTORING_CLOSED,
                name(caller.accountId()) + " closed your mentoring relationship.", link(mentoring));
        audit.fire(AuditEvent.created(AuditAction.MENTORING_CLOSED, SUBJECT, id, "closed"));
        return mentoring;
    }

    /** The caller's relationships, as engineer and as mentor, newest first. */
    public List<Summary> mine() {
        caller.check(Permissions.OWN_ACCOUNT);
        List<Mentoring> relationships = em.createQuery("SELECT m FROM Mentoring m WHERE m.menteeId = :me"
                + " OR m.mentorId = :me ORDER BY m.requestedAt DESC", Mentoring.class)
                .setParameter("me", caller.accountId()).getResultList();
        Set<Long> ids = new HashSet<>();
        relationships.forEach(m -> {
            ids.add(m.getMenteeId());
            ids.add(m.getMentorId());
        });
        Map<Long, Account> accounts = Accounts.byId(em, ids);
        return relationships.stream().map(m -> new Summary(m, Accounts.name(accounts, m.getMenteeId()),
                Accounts.name(accounts, m.getMentorId()))).toList();
    }

    public Detail detail(long id) {
        Mentoring mentoring = participating(id);
        long me = caller.accountId();
        List<MeetingView> meetings = em.createQuery("SELECT m FROM MentoringMeeting m WHERE m.mentoringId = :id"
                        + " ORDER BY m.heldOn DESC, m.id DESC", MentoringMeeting.class).setParameter("id", id)
                .getResultList().stream().map(m -> new MeetingView(m, m.privateNoteOf(me).orElse(null))).toList();
        return new Detail(mentoring, name(mentoring.getMenteeId()), name(mentoring.getMentorId()),
                em.createQuery("SELECT g FROM MentoringGoal g WHERE g.mentoringId = :id ORDER BY g.dueDate, g.id",
                        MentoringGoal.class).setParameter("id", id).getResultList(),
                meetings,
                em.createQuery("SELECT a FROM MentoringAction a WHERE a.mentoringId = :id ORDER BY a.done, a.dueDate, a.id",
                        MentoringAction.class).setParameter("id", id).getResultList());
    }

    public MentoringGoal addGoal(long id, String title, LocalDate dueDate) {
        Mentoring mentoring = active(id);
        MentoringGoal goal = new MentoringGoal(mentoring.getId(), title, dueDate, caller.accountId(), clock.instant());
        em.persist(goal);
        em.flush();
        recorded(id, "goal " + goal.getId());
        return goal;
    }

    public MentoringGoal goalDone(long id, long goalId, boolean done) {
        active(id);
        MentoringGoal goal = em.find(MentoringGoal.class, goalId);
        if (goal == null || !goal.getMentoringId().equals(id)) {
            throw new NotFoundException("Goal", goalId);
        }
        goal.markDone(done);
        return goal;
    }

    public MentoringMeeting addMeeting(long id, LocalDate heldOn, String sharedNotes, String privateNote) {
        Mentoring mentoring = active(id);
        MentoringMeeting meeting = new MentoringMeeting(mentoring.getId(), heldOn, sharedNotes, privateNote,
                caller.accountId(), LocalDate.now(clock), clock.instant());
        em.persist(meeting);
        em.flush();
        recorded(id, "meeting " + meeting.getId());
        return meeting;
    }

    /** Writes the caller's own private note on a meeting of a relationship they take part in. */
    public void writePrivateNote(long id, long meetingId, String note) {
        participating(id);
        MentoringMeeting meeting = em.find(MentoringMeeting.class, meetingId);
        if (meeting == null || !meeting.getMentoringId().equals(id)) {
            throw new NotFoundException("Meeting", meetingId);
        }
        meeting.writePrivateNote(caller.accountId(), note);
    }

    /** An action for one of the two participants ({@code ownerId}). */
    public MentoringAction addAction(long id, String description, Long ownerId, LocalDate dueDate) {
        Mentoring mentoring = active(id);
        long owner = ownerId == null ? caller.accountId() : ownerId;
        if (!mentoring.involves(owner)) {
            throw InvalidInputException.of("ownerId", "An action belongs to the engineer or the mentor.");
        }
        MentoringAction action = new MentoringAction(id, description, owner, dueDate, clock.instant());
        em.persist(action);
        em.flush();
        recorded(id, "action " + action.getId());
        return action;
    }

    public MentoringAction actionDone(long id, long actionId, boolean done) {
        active(id);
        MentoringAction action = em.find(MentoringAction.class, actionId);
        if (action == null || !action.getMentoringId().equals(id)) {
            throw new NotFoundException("Action", actionId);
        }
        action.markDone(done);
        return action;
    }

    /** Whether the caller mentors the engineer in an active relationship (for verification and evidence). */
    public boolean mentorsActively(long engineerId) {
        caller.check(Permissions.OWN_ACCOUNT);
        return caller.has(Permissions.MENTOR) && em.createQuery("SELECT COUNT(m) FROM Mentoring m WHERE m.mentorId = :me"
                        + " AND m.menteeId = :engineer AND m.status = :active", Long.class)
                .setParameter("me", caller.accountId()).setParameter("engineer", engineerId)
                .setParameter("active", MentoringStatus.ACTIVE).getSingleResult() > 0;
    }

    /** A relationship the caller takes part in; anyone else is told it does not exist. */
    public Mentoring participating(long id) {
        caller.check(Permissions.OWN_ACCOUNT);
        Mentoring mentoring = em.find(Mentoring.class, id);
        if (mentoring == null || !mentoring.involves(caller.accountId())) {
            throw new NotFoundException("Mentoring relationship", id);
        }
        return mentoring;
    }

    private Mentoring active(long id) {
        Mentoring mentoring = participating(id);
        if (!mentoring.isActive()) {
            throw new ConflictException("status", "Goals, meetings and actions belong to an active relationship.");
        }
        return mentoring;
    }

    private void recorded(long id, String what) {
        audit.fire(AuditEvent.created(AuditAction.MENTORING_RECORDED, SUBJECT, id, what));
    }

    private String name(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "someone" : account.getDisplayName();
    }

    private static String link(Mentoring mentoring) {
        return "/mentoring/view.xhtml?id=" + mentoring.getId();
    }
}
