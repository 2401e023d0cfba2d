package org.safeguard.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.safeguard.testsupport.MariaDbServer;

/**
 * MariaDB's own single-row commit rate, the physical floor every write of Safeguard stands on:
 * autocommitted one-row INSERTs into a scratch InnoDB table, from 1 and from 8 connections.
 */
final class CommitBenchmark implements BenchmarkPart {

    private static final String PART = "commit";

    @Override
    public String name() {
        return PART;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        MariaDbServer db = BenchDatabases.fresh(PART);
        try (Connection setup = connect(db);
                Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE scratch (id BIGINT AUTO_INCREMENT PRIMARY KEY, writer INT NOT NULL,"
                    + " note VARCHAR(100) NOT NULL) ENGINE=InnoDB");
        }
        int commits = size.isSmall() ? 500 : 10_000;
        List<Figure> figures = new ArrayList<>();
        for (int threads : List.of(1, 8)) {
            ConcurrentCalls.Result result = commit(db, threads, commits);
            figures.add(Figure.info(
                    PART,
                    "single-row commits/s, " + threads + (threads == 1 ? " thread" : " threads"),
                    Figure.format(result.perSecond(), "")));
        }
        return figures;
    }

    private static ConcurrentCalls.Result commit(MariaDbServer db, int threads, int commits) throws Exception {
        List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<PreparedStatement> insert = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = connect(db);
                connections.add(connection);
                return connection.prepareStatement(
                        "INSERT INTO scratch (writer, note) VALUES (?, 'a row of the floor')");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            ConcurrentCalls.Result result = ConcurrentCalls.run(threads, commits, index -> {
                insert.get().setInt(1, index);
                insert.get().executeUpdate();
            });
            if (result.failures() > 0) {
                throw new IllegalStateException(result.failures() + " inserts failed: " + result.firstFailure());
            }
            return result;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static Connection connect(MariaDbServer db) throws SQLException {
        Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
        connection.setAutoCommit(true);
        return connection;
    }
}
