package org.healthengineering.portal.application.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.application.security.Caller;
import org.healthengineering.portal.domain.account.Permissions;
import org.healthengineering.portal.domain.notification.OutboxMail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The outbox as operators (system administrators) see it: how much mail waits and why, and "send the backlog now"
 * once the SMTP server is mended, instead of waiting out each mail's back-off.
 */
@Stateless
public class MailQueue {

    /** One mail that has failed at least once; the recipient is left out, the subject says what it was about. */
    public record Failing(long id, String subject, int attempts, Instant nextAttemptAt, String lastError) {
    }

    /** The outbox now: mails waiting (and the oldest), mails given up, and the most recent failures. */
    public record Status(long waiting, Instant oldestWaitingSince, long givenUp, List<Failing> failing) {
    }

    /**
     * What "send now" did: how many waiting mails were made due, and how many this call saw the SMTP server accept
     * (a delivery already running on this node sends the rest, and is not counted here).
     */
    public record Run(int madeDue, int sent) {
    }

    static final int FAILING_SHOWN = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    MailDelivery delivery;

    public Status status() {
        caller.check(Permissions.OPERATIONS_READ);
        Object[] waiting = em.createQuery("SELECT COUNT(m), MIN(m.createdAt) FROM OutboxMail m WHERE m.state = :pending",
                Object[].class).setParameter("pending", OutboxMail.State.PENDING).getSingleResult();
        long givenUp = em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.state = :givenUp", Long.class)
                .setParameter("givenUp", OutboxMail.State.GIVEN_UP).getSingleResult();
        List<Failing> failing = em.createQuery("SELECT m FROM OutboxMail m WHERE m.state <> :sent AND m.attempts > 0"
                        + " ORDER BY m.createdAt DESC, m.id DESC", OutboxMail.class)
                .setParameter("sent", OutboxMail.State.SENT).setMaxResults(FAILING_SHOWN).getResultList().stream()
                .map(m -> new Failing(m.getId(), m.getSubject(), m.getAttempts(),
                        m.getState() == OutboxMail.State.PENDING ? m.getNextAttemptAt() : null, m.getLastError()))
                .toList();
        return new Status(((Number) waiting[0]).longValue(), (Instant) waiting[1], givenUp, failing);
    }

    /** Makes every waiting mail due now and delivers the outbox at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run sendNow() {
        caller.check(Permissions.OPERATIONS_RUN);
        int madeDue = delivery.makeAllDue();
        return new Run(madeDue, delivery.deliverDue());
    }
}
