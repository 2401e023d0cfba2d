package org.safeguard.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.safeguard.SafeguardApplication;
import org.safeguard.testsupport.MariaDbServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Safeguard as it runs in production ({@code demo,mariadb}), started for one benchmark part on its
 * own MariaDB database and closed when the part is done.
 */
final class BenchApp implements AutoCloseable {

    /** Kept between runs, so a reused database's encrypted fields still decrypt; never in the working copy. */
    private static final Path KEY_FILE = Path.of("target", "benchmark", "safeguard.keys");

    private final ConfigurableApplicationContext context;

    private BenchApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** On a fresh database {@code name} (see {@link BenchDatabases}), with {@code extra} application properties. */
    static BenchApp start(String name, Map<String, String> extra) {
        return on(BenchDatabases.fresh(name), extra);
    }

    /** As {@link #start(String, Map)}, with initializers run on the context before its refresh. */
    @SafeVarargs
    static BenchApp start(
            String name,
            Map<String, String> extra,
            ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
        return on(BenchDatabases.fresh(name), extra, initializers);
    }

    @SafeVarargs
    static BenchApp on(
            MariaDbServer db,
            Map<String, String> extra,
            ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("SAFEGUARD_DB_URL", db.url());
        properties.put("SAFEGUARD_DB_USER", db.user());
        properties.put("SAFEGUARD_DB_PASSWORD", db.password());
        // Any free port: application.yml's 8080 may be taken, and would beat default properties.
        properties.put("server.port", "0");
        properties.put("safeguard.crypto.key-file", KEY_FILE.toAbsolutePath().toString());
        // Its own name: closing an engine unregisters its name, which in a test JVM is the one the
        // cached test contexts' REST API looks up.
        properties.put("camunda.bpm.process-engine-name", "benchmark");
        properties.putAll(extra);
        List<String> arguments = new ArrayList<>();
        // Command-line arguments: they beat application.yml, unlike SpringApplication's default properties.
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        SpringApplication app = new SpringApplication(SafeguardApplication.class);
        app.setAdditionalProfiles("demo", "mariadb");
        app.addInitializers(initializers);
        return new BenchApp(app.run(arguments.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    JobExecutor jobExecutor() {
        return ((ProcessEngineImpl) bean(ProcessEngine.class))
                .getProcessEngineConfiguration()
                .getJobExecutor();
    }

    /**
     * Runs every due job by hand until none is left, as the job executor would (which must be off):
     * a part measures the application once the work its preparation caused is done. A failing job
     * drops out when the engine moves its due date on.
     *
     * @return the jobs that failed
     */
    int runDueJobs() {
        ManagementService management = bean(ManagementService.class);
        int failed = 0;
        List<Job> due;
        while (!(due = management.createJobQuery().executable().active().listPage(0, 100)).isEmpty()) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException e) {
                    failed++;
                }
            }
        }
        return failed;
    }

    @Override
    public void close() {
        context.close();
    }
}
