package org.healthengineering.portal.application.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.healthengineering.portal.application.DatabaseOutage;
import org.healthengineering.portal.domain.notification.OutboxMail;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due mails: right after a commit that queued mail, and every minute for retries and for mail a
 * node left behind when it died. Each round claims a batch in its own short transaction (rows another node has
 * locked are skipped), talks to SMTP outside any transaction, and records each outcome in another, so a slow SMTP
 * server holds no database lock and each mail is sent by one node.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 20;
    /** The name a claim carries, so an operator can tell which node holds a mail. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    OutboxLedger ledger;

    @Inject
    SmtpSender smtp;

    @Resource
    ManagedExecutorService executor;

    /** Set while a round is asked for and not yet begun, so a burst of commits starts one round, not one each. */
    private final AtomicBoolean asked = new AtomicBoolean();
    private final Object round = new Object();

    /** Starts a round on a managed thread, unless one is already waiting to begin. */
    public void soon() {
        if (asked.compareAndSet(false, true)) {
            try {
                executor.execute(this::deliverDue);
            } catch (RejectedExecutionException e) {
                asked.set(false);
                LOG.log(Level.FINE, "Mail delivery left to the next sweep", e);
            }
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void sweep() {
        if (SmtpSender.enabled()) {
            deliverDue();
        }
    }

    /** Makes every waiting mail due at once (see {@link MailQueue#sendNow()}). */
    public int makeAllDue() {
        return ledger.makeAllDue();
    }

    /** Sends everything due now; returns how many mails the SMTP server accepted. */
    public int deliverDue() {
        synchronized (round) {
            asked.set(false);
            int sent = 0;
            try {
                List<OutboxMail> claimed;
                do {
                    claimed = ledger.claimDue(NODE, BATCH);
                    for (OutboxMail mail : claimed) {
                        sent += deliver(mail) ? 1 : 0;
                    }
                } while (claimed.size() == BATCH);
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e)) {
                    LOG.log(Level.WARNING, "Mail delivery paused: the database cannot be reached ({0})", e.toString());
                } else {
                    LOG.log(Level.SEVERE, "Mail delivery failed; the next sweep tries again", e);
                }
            }
            return sent;
        }
    }

    private boolean deliver(OutboxMail mail) {
        try {
            smtp.send(mail);
        } catch (MessagingException | RuntimeException e) {
            OutboxMail.State state = ledger.failed(mail.getId(), e.toString());
            Level level = state == OutboxMail.State.GIVEN_UP ? Level.SEVERE : Level.WARNING;
            LOG.log(level, "Could not send mail {0} (\"{1}\"): {2}; {3}", new Object[] {mail.getId(), mail.getSubject(),
                    e.toString(), state == OutboxMail.State.GIVEN_UP ? "given up after a day of tries" : "it will be tried again"});
            return false;
        }
        ledger.sent(mail.getId());
        return true;
    }
}
