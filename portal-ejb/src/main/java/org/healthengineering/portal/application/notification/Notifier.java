package org.healthengineering.portal.application.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.startup.PortalStartup;
import org.healthengineering.portal.domain.shared.InstantConverter;
import org.healthengineering.portal.domain.account.Account;
import org.healthengineering.portal.domain.notification.Notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

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

    @Resource(lookup = PortalStartup.DATA_SOURCE)
    DataSource dataSource;

    /** How many accounts one query reads when many are notified at once. */
    private static final int CHUNK = 1000;

    /** One notification of many sent at once ({@link #notifyEach}). */
    public record Notice(long accountId, Notification.Kind kind, String text, String link) {
    }

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
        mail(account, kind, text, link);
    }

    /**
     * Notifies many accounts at once inside the caller's transaction, for a use case that reaches hundreds or
     * thousands (a CPD audit's sample): the accounts are read a thousand at a time and the notifications written as
     * one batch over JDBC, instead of a read and an insert per account.
     */
    public void notifyEach(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        Map<Long, Account> accounts = new HashMap<>();
        List<Long> ids = notices.stream().map(Notice::accountId).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultStream().forEach(a -> accounts.put(a.getId(), a));
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO notification (account_id, kind,"
                     + " text, link, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Notice notice : notices) {
                if (accounts.containsKey(notice.accountId())) {
                    Notification n = new Notification(notice.accountId(), notice.kind(), notice.text(), notice.link(),
                            now);
                    insert.setLong(1, n.getAccountId());
                    insert.setString(2, n.getKind().name());
                    insert.setString(3, n.getText());
                    insert.setString(4, n.getLink());
                    insert.setObject(5, InstantConverter.utc(n.getCreatedAt()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + notices.size() + " notifications", e);
        }
        for (Notice notice : notices) {
            Account account = accounts.get(notice.accountId());
            if (account != null) {
                mail(account, notice.kind(), notice.text(), notice.link());
            }
        }
    }

    /** The email that goes with a notification, after commit; a reminder only while the account wants them. */
    private void mail(Account account, Notification.Kind kind, String text, String link) {
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
