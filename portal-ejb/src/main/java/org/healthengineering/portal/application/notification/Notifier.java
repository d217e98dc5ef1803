package org.healthengineering.portal.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.notification.Notification;

import java.time.Clock;

/**
 * Notifies an account from inside another use case's transaction: a row for the page's list, and an email sent
 * after commit. Not a use case itself: the use case that calls it has checked what the caller may do.
 */
@ApplicationScoped
public class Notifier {

    /** Where an account's owner turns reminder mail off. */
    static final String ACCOUNT_PAGE = "/account.xhtml";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<MailRequest> mail;

    @Inject
    Clock clock;

    /**
     * Called by other use cases inside their transaction; {@code link} is a page path such as
     * /mentoring/view.xhtml?id=3. A reminder is mailed only while the account wants reminder mail; it is listed
     * either way.
     */
    public void notify(long accountId, Notification.Kind kind, String text, String link) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return;
        }
        em.persist(new Notification(accountId, kind, text, link, clock.instant()));
        if (kind.isReminder() && !account.wantsReminderMail()) {
            return;
        }
        String footer = kind.isReminder()
                ? "Healthcare Engineering Portal. You receive this reminder because you keep your CPD on the portal;"
                        + " you can turn reminder emails off on My account:\n" + Links.absolute(ACCOUNT_PAGE)
                : "Healthcare Engineering Portal (you receive this because of your activity on the portal).";
        mail.fire(new MailRequest(account.getEmail(), kind.getSubject(), "Hello " + account.getDisplayName() + ",\n\n"
                + text + (link == null ? "" : "\n\n" + Links.absolute(link)) + "\n\n" + footer));
    }

}
