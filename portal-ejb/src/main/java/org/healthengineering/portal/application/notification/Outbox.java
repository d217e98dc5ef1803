package org.healthengineering.portal.application.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.healthengineering.portal.application.AfterCommit;
import org.healthengineering.portal.domain.notification.OutboxMail;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where every mail the portal sends goes first: written to the outbox in the transaction that asked for it, so a
 * rolled-back change sends nothing and a committed one survives a slow or failed SMTP server and the node's death.
 * Once that transaction commits, delivery is started on a managed thread, once per transaction however many mails it
 * queued (a reminder run notifies hundreds): the request that caused the mail never waits for SMTP.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** Marks a transaction whose commit already starts delivery. */
    private static final Object KICK = new Object();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailDelivery delivery;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Writes the mail in the caller's transaction, and asks for delivery once that transaction commits. */
    public void queue(@Observes MailRequest mail) {
        if (!SmtpSender.enabled()) {
            return;
        }
        em.persist(OutboxMail.queue(mail.to(), mail.subject(), mail.body(), clock.instant()));
        AfterCommit.once(transaction, KICK, false, this::kick);
    }

    private void kick() {
        try {
            delivery.soon();
        } catch (RuntimeException e) {
            // The change is committed and its mail is safe in the outbox; the minute's sweep will send it.
            LOG.log(Level.WARNING, "Could not start mail delivery; the next sweep sends the mail", e);
        }
    }
}
