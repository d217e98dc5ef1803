package org.healthengineering.portal.application;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a batch of INSERTs prepared with {@code RETURN_GENERATED_KEYS} (the driver sends it as multi-row
 * statements) and answers the ids the database gave the rows, in the order they were added: for writers that store
 * thousands of rows at once over JDBC in the caller's transaction.
 */
public final class BatchInserts {

    private BatchInserts() {
    }

    public static List<Long> execute(PreparedStatement insert, int rows) throws SQLException {
        insert.executeBatch();
        List<Long> ids = new ArrayList<>(rows);
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        if (ids.size() != rows) {
            throw new SQLException("Expected " + rows + " generated ids, got " + ids.size());
        }
        return ids;
    }
}
