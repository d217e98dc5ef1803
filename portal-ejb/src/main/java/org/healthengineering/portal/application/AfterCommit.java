package org.healthengineering.portal.application;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must wait until the caller's transaction has committed (a new cache version, a delivery, a round of
 * statistics), asked for once per transaction and key however often the transaction asks: nothing happens before the
 * commit (a reader could otherwise see the announcement together with the old rows), and nothing after a rollback.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Runs {@code work} once the current transaction commits, unless work under an equal {@code key} is already
     * waiting for it; without a transaction, runs it at once when {@code atOnceWithout} is true (else not at all).
     */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, boolean atOnceWithout,
                            Runnable work) {
        if (transactions.getTransactionKey() == null) {
            if (atOnceWithout) {
                work.run();
            }
            return;
        }
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing before the commit.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.run();
                }
            }
        });
    }
}
