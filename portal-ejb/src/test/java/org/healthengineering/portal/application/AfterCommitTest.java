package org.healthengineering.portal.application;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AfterCommitTest {

    /** A transaction's registry as the container keeps it: resources by key, and the synchronizations to call. */
    private static final class Registry implements TransactionSynchronizationRegistry {
        final boolean active;
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        Registry(boolean active) {
            this.active = active;
        }

        void end(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public Object getTransactionKey() {
            return active ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void workWaitsForTheCommitAndRunsOncePerKey() {
        Registry transaction = new Registry(true);
        List<String> done = new ArrayList<>();
        AfterCommit.once(transaction, "a", true, () -> done.add("a"));
        AfterCommit.once(transaction, "a", true, () -> done.add("a again"));
        AfterCommit.once(transaction, "b", false, () -> done.add("b"));
        assertTrue(done.isEmpty(), "nothing before the commit");
        transaction.end(Status.STATUS_COMMITTED);
        assertEquals(List.of("a", "b"), done);
    }

    @Test
    void aRollbackRunsNothing() {
        Registry transaction = new Registry(true);
        List<String> done = new ArrayList<>();
        AfterCommit.once(transaction, "a", true, () -> done.add("a"));
        transaction.end(Status.STATUS_ROLLEDBACK);
        assertTrue(done.isEmpty());
    }

    @Test
    void withoutATransactionItRunsAtOnceOnlyWhenAsked() {
        Registry none = new Registry(false);
        List<String> done = new ArrayList<>();
        AfterCommit.once(none, "a", true, () -> done.add("a"));
        AfterCommit.once(none, "b", false, () -> done.add("b"));
        assertEquals(List.of("a"), done);
        assertTrue(none.synchronizations.isEmpty());
    }
}
