package org.healthengineering.portal.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Rows per multi-row INSERT written by {@link #rows}. */
    private static final int ROWS = 500;

    /**
     * Inserts rows with multi-row statements of up to 500 rows: {@code insert} ends with "VALUES ", and
     * {@code suffix} (such as an ON DUPLICATE KEY clause) follows the rows.
     */
    public static void rows(Connection connection, String insert, List<Object[]> rows, String suffix)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            String row = "(" + String.join(", ", Collections.nCopies(chunk.get(0).length, "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(insert
                    + String.join(", ", Collections.nCopies(chunk.size(), row)) + suffix)) {
                int p = 1;
                for (Object[] values : chunk) {
                    for (Object value : values) {
                        statement.setObject(p++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }
}
