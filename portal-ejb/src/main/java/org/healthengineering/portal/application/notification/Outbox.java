package org.healthengineering.portal.application.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.healthengineering.portal.domain.notification.OutboxMail;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where every mail the portal sends goes first: written to the outbox in the transaction that asked for it, so a
 * rolled-back change sends nothing and a committed one survives a slow or failed SMTP server and the node's death.
 * Once that transaction commits, delivery is started on a managed thread: the request that caused the mail never
 * waits for SMTP.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailDelivery delivery;

    /** Writes the mail in the caller's transaction. */
    public void queue(@Observes MailRequest mail) {
        if (SmtpSender.enabled()) {
            em.persist(OutboxMail.queue(mail.to(), mail.subject(), mail.body(), clock.instant()));
        }
    }

    /** After the commit: deliver what is due now rather than at the next minute's sweep. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequest mail) {
        if (SmtpSender.enabled()) {
            try {
                delivery.soon();
            } catch (RuntimeException e) {
                // The change is committed and its mail is safe in the outbox; the minute's sweep will send it.
                LOG.log(Level.WARNING, "Could not start mail delivery; the next sweep sends the mail", e);
            }
        }
    }
}
