package org.healthengineering.portal.application.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.notification.OutboxMail;
import org.healthengineering.portal.domain.shared.InstantConverter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's bookkeeping, each step in a transaction of its own: claiming a batch of due mails, and recording
 * each mail's outcome. Claiming locks the due rows with {@code FOR UPDATE SKIP LOCKED} (MySQL 8 and MariaDB 10.6
 * alike), so two nodes sweeping at once take different mails instead of waiting for each other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxLedger {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** Up to {@code limit} due mails, oldest first, claimed for {@code node}. */
    public List<OutboxMail> claimDue(String node, int limit) {
        Instant now = clock.instant();
        LocalDateTime at = InstantConverter.utc(now);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM mail_outbox WHERE state = 'PENDING'"
                        + " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"
                        + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, at).setParameter(2, at).setParameter(3, limit).getResultList();
        List<OutboxMail> claimed = new ArrayList<>(ids.size());
        for (Number id : ids) {
            OutboxMail mail = em.find(OutboxMail.class, id.longValue());
            if (mail != null && mail.claimable(now)) {
                mail.claim(node, now);
                claimed.add(mail);
            }
        }
        return claimed;
    }

    /**
     * Makes every waiting mail due now (the operator mended the SMTP server); answers how many. One statement, so it
     * neither waits for nor collides with a delivery that holds some of them.
     */
    public int makeAllDue() {
        Instant now = clock.instant();
        return em.createQuery("UPDATE OutboxMail m SET m.nextAttemptAt = :now WHERE m.state = :pending"
                        + " AND m.nextAttemptAt > :now")
                .setParameter("pending", OutboxMail.State.PENDING).setParameter("now", now).executeUpdate();
    }

    public void sent(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.sent(clock.instant());
        }
    }

    /** Records a failed send; answers where the mail now stands (pending again later, or given up). */
    public OutboxMail.State failed(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            return OutboxMail.State.GIVEN_UP;
        }
        mail.failed(error, clock.instant());
        return mail.getState();
    }
}
