package org.safeguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test at the database of this run: an in-memory H2, or MariaDB when the
 * system property {@code safeguard.test.database} is {@code mariadb} (Maven's second
 * integration-test round). Also switches the job executor off so tests drive jobs themselves,
 * unless the test switches it on, gives the demo profile a temporary key file to generate, and
 * hides Vaadin's development-mode tools, whose badge would otherwise sit in every screenshot.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "safeguard.test.database";

    /** This JVM's field-encryption key file, in a fresh temporary directory. */
    public static final Path KEY_FILE = temporaryDirectory().resolve("safeguard.keys");

    public static boolean isMariaDb() {
        return "mariadb".equals(System.getProperty(PROPERTY, "h2"));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("safeguard-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        if (isMariaDb()) {
            MariaDbServer server = MariaDbServer.get();
            // Read by application-mariadb.yml, exactly as in production.
            properties.put("SAFEGUARD_DB_URL", server.url());
            properties.put("SAFEGUARD_DB_USER", server.user());
            properties.put("SAFEGUARD_DB_PASSWORD", server.password());
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:safeguard-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        if (!context.getEnvironment().containsProperty("safeguard.crypto.key-file")) {
            // The demo profile generates the key here on first use, never in the working copy.
            properties.put("safeguard.crypto.key-file", KEY_FILE.toString());
        }
        // Tests that send mail drive the outbox's sender themselves.
        if (!context.getEnvironment().containsProperty("safeguard.mail.sender-enabled")) {
            properties.put("safeguard.mail.sender-enabled", "false");
        }
        // ... and trigger the deadline notifications' scan themselves.
        if (!context.getEnvironment().containsProperty("safeguard.notifications.scan-enabled")) {
            properties.put("safeguard.notifications.scan-enabled", "false");
        }
        if (!context.getEnvironment().containsProperty("camunda.bpm.job-execution.enabled")) {
            properties.put("camunda.bpm.job-execution.enabled", "false");
        }
        properties.put("vaadin.devmode.devTools.enabled", "false");
        // The engine-API tests deploy probe models of their own, outside Safeguard's model rules.
        properties.put(
                "safeguard.model-rules.exempt-process-keys",
                "authz-probe,scope-probe,scope-probe-child,migration-probe,live-probe,shipped-probe-a,shipped-probe-b");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("safeguard-test-database", properties));
    }
}
