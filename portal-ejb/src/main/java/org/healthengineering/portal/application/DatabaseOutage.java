package org.healthengineering.portal.application;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Tells a failure to reach the database (down, restarting, a Galera node that left its cluster, a pool that cannot
 * make a connection) from every other failure, so that callers answer "temporarily unavailable, try again" instead
 * of "wrong credentials" or "internal error". Read from the cause chain, whoever wrapped it: the JDBC driver's
 * connection errors (SQL state class 08, or the JDBC connection exception types), the connector pool's refusal to
 * allocate a connection, and a transaction that could not end because its connection died.
 */
public final class DatabaseOutage {

    /** How long a client should wait before trying again, in seconds (the {@code Retry-After} of a 503 answer). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final String POOL_REFUSAL = "jakarta.resource.ResourceException";

    /**
     * The driver's word for a statement or connection the pool closed under its user, which it does to every
     * connection once one of them failed (seen when a Galera member died during a batch of inserts).
     */
    private static final java.util.Set<String> CLOSED_UNDER_CALLER = java.util.Set.of(
            "com.mysql.cj.exceptions.StatementIsClosedException", "com.mysql.cj.exceptions.ConnectionIsClosedException");

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything it was caused by, says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        return anyCause(failure, current -> current instanceof SQLTransientConnectionException
                || current instanceof SQLNonTransientConnectionException || current instanceof SQLRecoverableException
                || current instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || isA(current.getClass(), POOL_REFUSAL) || current instanceof XAException
                || CLOSED_UNDER_CALLER.contains(current.getClass().getName()));
    }

    /**
     * Whether the database went away while a transaction was ending, so that whether it was stored is not known
     * (the transaction manager's commit or rollback failed): the answer must not say "nothing was changed".
     */
    public static boolean outcomeUnknown(Throwable failure) {
        return anyCause(failure, current -> current instanceof XAException);
    }

    /** Whether {@code failure} or one of its causes (and a SQL exception's next ones) is {@code what}; cycles end. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> what) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable current = failure; current != null && seen.put(current, Boolean.TRUE) == null;
             current = next(current)) {
            if (what.test(current)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable current) {
        if (current.getCause() != null) {
            return current.getCause();
        }
        return current instanceof SQLException sql ? sql.getNextException() : null;
    }

    private static boolean isA(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
