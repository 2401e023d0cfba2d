package org.safeguard.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows into one table as multi-row {@code INSERT ... VALUES (..), (..)} statements of a few
 * hundred rows, committed as they go: one round trip and one commit per statement instead of per
 * row, which is what makes seeding a million rows take seconds, whatever batching options the JDBC
 * driver has. The connection's auto-commit must be off.
 */
final class MultiRowInsert implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final String table;
    private final String[] columns;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement full;
    private long inserted;

    MultiRowInsert(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(
                    table + ": " + values.length + " values for " + columns.length + " columns");
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            execute(full);
        }
    }

    long inserted() {
        return inserted;
    }

    @Override
    public void close() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                execute(rest);
            }
        }
        if (full != null) {
            full.close();
        }
    }

    private void execute(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                statement.setObject(index++, value instanceof Instant instant ? Timestamp.from(instant) : value);
            }
        }
        statement.executeUpdate();
        connection.commit();
        inserted += pending.size();
        pending.clear();
    }

    private String sql(int rows) {
        String row = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES "
                + String.join(",", Collections.nCopies(rows, row));
    }
}
