package org.healthengineering.portal.application.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.healthengineering.portal.application.AfterCommit;
import org.healthengineering.portal.application.DatabaseOutage;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the portal groups' kept peer statistics up to date: right after a transaction that changed values commits,
 * and every 15 seconds for marks a node left behind when it died or that another node's change made. Any node may
 * do the work; each mark is claimed by one ({@link PeerStatisticsLedger}). A benchmark shows how far behind its
 * statistics are, and {@code /metrics} the oldest change waiting.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeerStatisticsKeeper {

    private static final Logger LOG = Logger.getLogger(PeerStatisticsKeeper.class.getName());
    private static final Object REGISTERED = PeerStatisticsKeeper.class.getName() + ".registered";

    @Inject
    PeerStatisticsLedger ledger;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicBoolean asked = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();

    /** Asks for the statistics to be kept once the caller's transaction commits (once per transaction). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void afterCommit() {
        AfterCommit.once(transactions, REGISTERED, false, this::soon);
    }

    /** Starts a round on a managed thread. */
    public void soon() {
        try {
            executor.execute(this::keepUp);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Peer statistics left to the next sweep", e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sweep() {
        keepUp();
    }

    /**
     * Recomputes every stale group's period there is; answers how many this call did. A call while a round runs on
     * this node asks it to go round again and returns at once.
     */
    public int keepUp() {
        asked.set(true);
        int kept = 0;
        do {
            if (!running.tryLock()) {
                return kept;
            }
            try {
                while (asked.getAndSet(false)) {
                    kept += round();
                }
            } finally {
                running.unlock();
            }
        } while (asked.get());
        return kept;
    }

    private int round() {
        int kept = 0;
        try {
            int done;
            do {
                done = ledger.keepSome();
                kept += done;
            } while (done > 0);
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                LOG.log(Level.WARNING, "Peer statistics paused: the database cannot be reached ({0})", e.toString());
            } else {
                LOG.log(Level.SEVERE, "Peer statistics could not be kept; the next sweep tries again", e);
            }
        }
        return kept;
    }
}
