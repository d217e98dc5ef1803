package org.healthengineering.portal.web.view.mentoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.healthengineering.portal.application.notification.Notifications;
import org.healthengineering.portal.domain.notification.Notification;

import java.util.List;

/** The notifications page and the unread count in the menu. */
@Named
@RequestScoped
public class NotificationsBacking {

    @Inject
    Notifications notifications;

    private Long unread;
    private List<Notification> all;

    public List<Notification> getAll() {
        if (all == null) {
            all = notifications.mine();
        }
        return all;
    }

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = 0L;
        all = null;
    }
}
