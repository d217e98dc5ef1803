package org.healthengineering.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Counts the SQL statements the test database runs (its global counters of selects, inserts, updates and
 * deletes), so a test can show that an answer runs a fixed number of them however much data there is. Only
 * meaningful while nothing else uses the database: callers measure twice and compare.
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

    /** The statements one run of {@code action} caused, measured twice: both runs must agree. */
    static long during(Connection db, Runnable action) throws Exception {
        long[] counts = new long[2];
        action.run();
        for (int i = 0; i < counts.length; i++) {
            long start = count(db);
            action.run();
            counts[i] = count(db) - start;
        }
        if (counts[0] != counts[1]) {
            throw new AssertionError("something else used the database meanwhile: " + counts[0] + " then "
                    + counts[1] + " statements");
        }
        return counts[0];
    }
}
