package org.safeguard.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.safeguard.SafeguardApplication;
import org.safeguard.benchmark.TaskListProbes.Probe;
import org.safeguard.testsupport.MariaDbServer;
import org.safeguard.testsupport.SignedIn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Task-list latency at scale: starts Safeguard on a fresh MariaDB database ({@code bench_tasks}),
 * seeds N open tasks (and optionally engine history) with {@link OpenTaskSeed}, checks the engine
 * accepts the rows, then calls every query of the task list through the real {@code Worklist}
 * bean as an intake officer, an investigator and a manager: warm-up, then measured calls, and
 * prints p50/p95/max per query with the rows it returned and whether every p95 meets the goal.
 * Run: {@code ./mvnw -Pbenchmark verify -Dbench=tasklist -Dbench.openTasks=100000}.
 */
public final class TaskListBenchmark {

    static final double GOAL_P95_MS = 200;

    public static void main(String[] args) throws Exception {
        int openTasks = Integer.getInteger("bench.openTasks", 100_000);
        long historyRows = Long.getLong("bench.historyRows", 1_000_000);
        int warmup = Integer.getInteger("bench.warmupCalls", 5);
        int iterations = Integer.getInteger("bench.iterations", 30);
        // Seeding takes minutes: -Dbench.reuse=true measures again on what the last run seeded.
        boolean reuse = Boolean.getBoolean("bench.reuse");
        String url = System.getProperty("bench.tasks.db.url", "jdbc:mariadb://127.0.0.1:3306/bench_tasks");
        String user = System.getProperty("bench.db.user", "root");
        String password = System.getProperty("bench.db.password", "");
        MariaDbServer db = reuse ? MariaDbServer.existingDatabase(url, user, password)
                : MariaDbServer.emptyDatabase(url, user, password);

        // Any free port: a profile's server.port would beat the default properties below, and 8080 may be taken.
        System.setProperty("server.port", "0");
        SpringApplication app = new SpringApplication(SafeguardApplication.class);
        app.setAdditionalProfiles("demo", "mariadb");
        app.setDefaultProperties(Map.of("SAFEGUARD_DB_URL", db.url(), "SAFEGUARD_DB_USER", db.user(),
                "SAFEGUARD_DB_PASSWORD", db.password(), "server.port", "0", "logging.level.root", "WARN",
                // Only the queries are measured: no timers or async continuations running beside them.
                "camunda.bpm.job-execution.enabled", "false"));
        try (ConfigurableApplicationContext context = app.run()) {
            Instant now = context.getBean(Clock.class).instant();
            OpenTaskSeed seed = new OpenTaskSeed(context.getBean(DataSource.class), context.getBean(RepositoryService.class));
            OpenTaskSeed.Seeded found = reuse ? seed.found() : null;
            OpenTaskSeed.Seeded seeded = found != null ? found : seed.seed(openTasks, historyRows, now, 42);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // What a long-running server has: statistics that know the tables' sizes.
            jdbc.execute("ANALYZE TABLE case_file, subject_group, subject, case_team_member, ACT_RU_EXECUTION,"
                    + " ACT_RU_TASK, ACT_RU_IDENTITYLINK");
            String middle = jdbc.queryForObject("SELECT reference FROM case_file WHERE id = ?", String.class,
                    seeded.firstCaseNumber() + seeded.cases() / 2);
            String check = SeedCheck.verify(context, seeded, middle);
            String textFilter = middle.substring(middle.length() - 6);
            List<Measured> results = measure(context, TaskListProbes.all(context.getBean(
                    org.safeguard.worklist.Worklist.class), textFilter), warmup, iterations);
            print(db.url(), seeded, check, warmup, iterations, results);
        }
        System.exit(0);
    }

    private static List<Measured> measure(ConfigurableApplicationContext context, List<Probe> probes, int warmup,
                                          int iterations) {
        SecurityContextHolderStrategy contexts = context.getBean(SecurityContextHolderStrategy.class);
        List<Measured> results = new ArrayList<>();
        for (Probe probe : probes) {
            try (var signedIn = SignedIn.as(contexts, probe.user().username(), probe.user().role())) {
                long rows = 0;
                for (int i = 0; i < warmup; i++) {
                    rows = probe.call().getAsLong();
                }
                List<Long> nanos = new ArrayList<>(iterations);
                for (int i = 0; i < iterations; i++) {
                    long t0 = System.nanoTime();
                    rows = probe.call().getAsLong();
                    nanos.add(System.nanoTime() - t0);
                }
                Collections.sort(nanos);
                results.add(new Measured(probe, rows, nanos));
            }
        }
        return results;
    }

    private static void print(String url, OpenTaskSeed.Seeded seeded, String check, int warmup, int iterations,
                              List<Measured> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nSafeguard task-list benchmark (MariaDB %s, %d cores)%n", url,
                Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "  seeded:  %d cases with one open task each, %d history rows, %s%n",
                seeded.cases(), seeded.historyRows(), seeded.took().isZero() ? "by an earlier run (reused)"
                        : String.format(Locale.ROOT, "in %.1f s", seeded.took().toMillis() / 1000.0)));
        out.append("  check:   ").append(check).append('\n');
        out.append(String.format(Locale.ROOT, "  calls:   %d warm-up + %d measured per query, pages of %d%n%n", warmup,
                iterations, TaskListProbes.PAGE));
        out.append(String.format(Locale.ROOT, "  %-13s %-9s %-28s %8s %9s %9s %9s%n", "user", "queue", "query", "rows",
                "p50 ms", "p95 ms", "max ms"));
        for (Measured m : results) {
            out.append(String.format(Locale.ROOT, "  %-13s %-9s %-28s %8d %9.1f %9.1f %9.1f%n",
                    m.probe().user().username(), m.probe().queue(), m.probe().query(), m.rows(), m.percentile(50),
                    m.percentile(95), m.percentile(100)));
        }
        Measured slowest = results.stream().max(Comparator.comparingDouble(m -> m.percentile(95))).orElseThrow();
        boolean met = slowest.percentile(95) <= GOAL_P95_MS;
        out.append(String.format(Locale.ROOT, "%n  every p95 <= %.0f ms: %s (slowest p95 %.1f ms: %s %s %s)%n",
                GOAL_P95_MS, met ? "YES" : "NO", slowest.percentile(95), slowest.probe().user().username(),
                slowest.probe().queue(), slowest.probe().query()));
        System.out.println(out);
    }

    record Measured(Probe probe, long rows, List<Long> sortedNanos) {

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
            return sortedNanos.get(Math.max(0, index)) / 1e6;
        }
    }

    private TaskListBenchmark() {
    }
}
