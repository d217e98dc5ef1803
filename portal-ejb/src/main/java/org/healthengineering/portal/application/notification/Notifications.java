package org.healthengineering.portal.application.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.notification.Notification;
import org.healthengineering.portal.domain.shared.NotFoundException;

import java.time.Clock;
import java.util.List;

/** Each account reading and clearing its own notifications (see {@link Notifier} for sending them). */
@Stateless
public class Notifications {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<Notification> mine() {
        caller.check(Permissions.OWN_ACCOUNT);
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :me ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class).setParameter("me", caller.accountId()).setMaxResults(200).getResultList();
    }

    public long unread() {
        caller.check(Permissions.OWN_ACCOUNT);
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :me AND n.readAt IS NULL",
                Long.class).setParameter("me", caller.accountId()).getSingleResult();
    }

    public void markRead(long id) {
        caller.check(Permissions.OWN_ACCOUNT);
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.isFor(caller.accountId())) {
            throw new NotFoundException("Notification", id);
        }
        notification.markRead(clock.instant());
    }

    public void markAllRead() {
        caller.check(Permissions.OWN_ACCOUNT);
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("me", caller.accountId()).executeUpdate();
    }
}
