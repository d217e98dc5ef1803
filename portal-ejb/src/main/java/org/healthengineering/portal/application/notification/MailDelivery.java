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
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due mails: right after a commit that queued mail, and every minute for retries and for mail a
 * node left behind when it died. Each round claims one mail at a time in its own short transaction (rows another node
 * has locked are skipped), talks to SMTP outside any transaction, and records the outcome in another, so a slow SMTP
 * server holds no database lock and each mail is sent by one node.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    /**
     * Mails claimed at once: one, so that a claim (two minutes) always outlasts the SMTP conversation it covers (at
     * most 30 s with the sender's timeouts) and no other node's sweep can take the mail meanwhile.
     */
    static final int BATCH = 1;
    /** The name a claim carries, so an operator can tell which node holds a mail. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    OutboxLedger ledger;

    @Inject
    SmtpSender smtp;

    @Resource
    ManagedExecutorService executor;

    /** Set whenever delivery is asked for; the round in progress goes round again while it is set. */
    private final AtomicBoolean asked = new AtomicBoolean();
    /** Held by the one round in progress on this node; others ask and leave instead of waiting for it. */
    private final ReentrantLock running = new ReentrantLock();

    /** Starts delivery on a managed thread, so the request that queued the mail does not wait for SMTP. */
    public void soon() {
        try {
            executor.execute(this::deliverDue);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Mail delivery left to the next sweep", e);
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

    /**
     * Sends everything due now; returns how many mails this call saw accepted. When a round is already running here
     * the call only asks it to go round again, so no request for delivery is lost and no thread waits for another.
     */
    public int deliverDue() {
        asked.set(true);
        int sent = 0;
        do {
            if (!running.tryLock()) {
                return sent;
            }
            try {
                while (asked.getAndSet(false)) {
                    sent += round();
                }
            } finally {
                running.unlock();
            }
            // Asked again between the last look and the unlock: that caller left it to this round.
        } while (asked.get());
        return sent;
    }

    private int round() {
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
