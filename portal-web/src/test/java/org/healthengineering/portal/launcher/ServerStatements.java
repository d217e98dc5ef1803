package org.healthengineering.portal.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL statements a MariaDB server has run so far (its global counters of selects, inserts, updates and
 * deletes): what the benchmarks and the integration tests read before and after an answer to show it runs a fixed
 * number of statements. Only meaningful while nothing else uses the database.
 */
public final class ServerStatements {

    private ServerStatements() {
    }

    /** The count, read through {@code connection} (the read itself is one more select). */
    public static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                     + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')")) {
            long total = 0;
            while (rows.next()) {
                total += rows.getLong(2);
            }
            return total;
        }
    }

    /** The count, read through a connection of its own to {@code db} (URL, user, password). */
    public static long count(String[] db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
            return count(connection);
        }
    }
}
