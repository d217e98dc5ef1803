package org.healthengineering.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Counts the SQL statements the test database runs (its global counters of selects, inserts, updates and
 * deletes), so a test can show that an answer runs a fixed number of them however much data there is. Only
 * meaningful while nothing else uses the database: a measure counts once two runs in a row agree.
 */
final class Statements {

    private Statements() {
    }

    /** A connection to the test run's database (the ITs' embedded MariaDB). */
    static Connection connect() throws Exception {
        return DriverManager.getConnection(System.getenv("PORTAL_DB_URL"), System.getenv("PORTAL_DB_USER"),
                System.getenv("PORTAL_DB_PASSWORD"));
    }

    /** The statements run so far. */
    static long count(Connection db) throws Exception {
        return org.healthengineering.portal.launcher.ServerStatements.count(db);
    }

    /**
     * The statements one run of {@code action} caused: measured until two runs in a row agree (at most five runs), as
     * the portal's own background work (the mail outbox's sweep each minute) may fall into one of them.
     */
    static long during(Connection db, Runnable action) throws Exception {
        action.run();
        long previous = -1;
        StringBuilder seen = new StringBuilder();
        for (int run = 0; run < 5; run++) {
            long start = count(db);
            action.run();
            long counted = count(db) - start;
            seen.append(run == 0 ? "" : ", ").append(counted);
            if (counted == previous) {
                return counted;
            }
            previous = counted;
        }
        throw new AssertionError("no two runs in a row ran the same number of statements: " + seen);
    }
}
