package org.safeguard.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.safeguard.base.processes.InvestigationProcess.Element;
import org.safeguard.benchmark.TimerJobLog.Execution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "10 000 due timers drained at ≥ 200/s with p95 lateness ≤ 2 s", by the real job executor as
 * {@code application.yml} configures it (override any {@code camunda.bpm.job-execution.*} setting
 * with {@code -D} to try another), on the real timers of the real model: the first warning of an
 * investigation's target clock, whose firing records the warning and arms the second one.
 *
 * <p><b>Burst.</b> N investigations are started with the engine clock ({@code ClockUtil}, which the
 * job executor reads to find due jobs) held at one instant years back, so every first warning has
 * the same due date D and none is due. Then the clock is set to run from D at the real pace: all N
 * are due at that moment. The drain rate is N over the time from D to the end of the last job.
 *
 * <p><b>Lateness</b> is the engine's time at the end of a timer's job (its success entry in the job
 * log, heard as a Spring event by {@link TimerJobLog}) minus the job's due date. In a burst, the
 * k-th timer waits for the k−1 before it, so its lateness is about k over the rate: at 10 000 the
 * p95 is 9 500 over the rate, 47 s at 200/s, whatever the executor does. The burst's lateness is
 * therefore reported for information, and the goal is held by a <b>paced</b> run: already armed
 * second warnings whose due dates are set (as {@code ManagementService.setJobDuedate} would, in one
 * batch) to fall 200 to a second, the goal's rate, for {@value #PACED_SECONDS} seconds. There,
 * lateness is how long a due timer waits when the executor could keep up: its acquisition
 * interval, its queue, the job itself.
 */
public final class TimerDrainBenchmark implements BenchmarkPart {

    static final String NAME = "timers";
    static final double RATE_GOAL = 200;
    static final double LATENESS_GOAL_SECONDS = 2;
    static final int PACED_SECONDS = 15;

    private static final String FIRST_WARNING = Element.timer_first_warning.id();
    private static final String SECOND_WARNING = Element.timer_second_warning.id();
    /** Where the engine clock stands during the seed: every warning date is then before the real today. */
    private static final Duration SEEDED_BEFORE_NOW = Duration.ofDays(3 * 365);

    private static final Duration PACED_LEAD = Duration.ofSeconds(2);
    private static final String STATEMENTS_FILE = "target/benchmark/timer-statements.txt";
    /** Executor settings printed only when set (application.yml leaves them at the engine's defaults). */
    private static final List<String> OTHER_SETTINGS = List.of(
            "camunda.bpm.job-execution.lock-time-in-millis",
            "camunda.bpm.job-execution.backoff-time-in-millis",
            "camunda.bpm.job-execution.max-backoff",
            "camunda.bpm.job-execution.backoff-decrease-threshold",
            "camunda.bpm.job-execution.wait-increase-factor",
            "camunda.bpm.generic-properties.properties.jobExecutorAcquireByDueDate",
            "camunda.bpm.generic-properties.properties.jobExecutorPreferTimerJobs",
            "spring.datasource.hikari.maximum-pool-size");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        SqlCounter statements = new SqlCounter();
        boolean counting = Boolean.parseBoolean(BenchDatabases.setting("bench.timers.statements", "false"));
        try (BenchApp bench = counting
                ? BenchApp.start(
                        NAME, Map.of(), context -> context.getBeanFactory().addBeanPostProcessor(statements))
                : BenchApp.start(NAME, Map.of())) {
            ConfigurableApplicationContext app = bench.context();
            TimerJobLog log = new TimerJobLog();
            app.addApplicationListener(log);
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.info(NAME, "job executor", settings(app.getEnvironment())));
            ClockUtil.setCurrentTime(Date.from(Instant.now().minus(SEEDED_BEFORE_NOW)));
            long seedStart = System.nanoTime();
            int timers = new TimerSeed(app.getBean(JdbcTemplate.class), app.getBean(RuntimeService.class))
                    .investigations(size.timers());
            figures.add(Figure.info(
                    NAME,
                    "seed",
                    String.format(
                            Locale.ROOT,
                            "%d investigations started in %.0f s",
                            timers,
                            seconds(System.nanoTime() - seedStart))));
            ManagementService management = app.getBean(ManagementService.class);
            statements.start();
            figures.addAll(burst(management, log, timers));
            Map<String, Double> millis = statements.millis();
            Map<String, Long> counted = statements.stop();
            if (counting) {
                figures.addAll(statementsPerTimer(counted, millis, log.executedAt(FIRST_WARNING)));
            }
            figures.addAll(paced(management, app.getBean(JdbcTemplate.class), log, timers));
            long incidents =
                    app.getBean(RuntimeService.class).createIncidentQuery().count();
            long failing = management.createJobQuery().withException().count();
            figures.add(Figure.atMost(
                    NAME, "failed job runs, failing jobs, incidents", log.failures() + failing + incidents, 0, ""));
            return figures;
        } finally {
            ClockUtil.reset();
        }
    }

    private List<Figure> burst(ManagementService management, TimerJobLog log, int timers) {
        List<Job> armed = management
                .createJobQuery()
                .activityId(FIRST_WARNING)
                .timers()
                .orderByJobDuedate()
                .asc()
                .list();
        long due = armed.get(armed.size() - 1).getDuedate().getTime();
        long earliest = armed.get(0).getDuedate().getTime();
        CpuUse cpu = new CpuUse();
        ClockUtil.offset(due - System.currentTimeMillis());
        boolean drained = await(() -> log.executedAt(FIRST_WARNING) >= armed.size(), drainLimit(armed.size()))
                // The log entry comes just before the job's commit: the second warnings it arms follow.
                && await(
                        () -> management
                                        .createJobQuery()
                                        .activityId(FIRST_WARNING)
                                        .count()
                                == 0,
                        Duration.ofSeconds(10));

        List<Execution> runs = log.executionsAt(FIRST_WARNING);
        List<Long> lateness =
                runs.stream().map(run -> run.endedAt() - due).sorted().toList();
        double drainSeconds = lateness.get(lateness.size() - 1) / 1000.0;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.info(
                NAME,
                "burst",
                String.format(
                        Locale.ROOT,
                        "%d of %d timers due at once (due dates spread %d ms), %d drained%s",
                        armed.size(),
                        timers,
                        due - earliest,
                        runs.size(),
                        drained ? "" : " before the limit")));
        figures.add(Figure.atLeast(
                NAME, "burst drain rate (due → last done)", runs.size() / drainSeconds, RATE_GOAL, "timers/s"));
        figures.add(Figure.info(NAME, "burst: CPU", cpu.per(runs.size(), "timer")));
        figures.add(Figure.info(NAME, "burst: first timer done after", millis(lateness.get(0))));
        figures.add(Figure.info(
                NAME,
                "burst lateness p50 / p95 / max (queueing: ≈ k / rate)",
                millis(percentile(lateness, 50)) + " / " + millis(percentile(lateness, 95)) + " / "
                        + millis(lateness.get(lateness.size() - 1))));
        return figures;
    }

    private List<Figure> paced(ManagementService management, JdbcTemplate jdbc, TimerJobLog log, int timers) {
        int count = (int) Math.min(timers, RATE_GOAL * PACED_SECONDS);
        List<Job> armed =
                management.createJobQuery().activityId(SECOND_WARNING).timers().listPage(0, count);
        // Whole seconds: MariaDB keeps the engine's due dates in DATETIME without fractions.
        long first = (ClockUtil.getCurrentTime().getTime() + PACED_LEAD.toMillis()) / 1000 * 1000 + 1000;
        List<Object[]> dueDates = new ArrayList<>();
        for (int i = 0; i < armed.size(); i++) {
            long due = first + (long) (i / RATE_GOAL) * 1000;
            dueDates.add(new Object[] {new Timestamp(due), armed.get(i).getId()});
        }
        jdbc.batchUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ = ?", dueDates);
        boolean drained = await(
                () -> log.executedAt(SECOND_WARNING) >= armed.size(),
                drainLimit(armed.size()).plusSeconds(PACED_SECONDS));

        List<Long> lateness = log.executionsAt(SECOND_WARNING).stream()
                .map(Execution::latenessMillis)
                .sorted()
                .toList();
        return List.of(
                Figure.info(
                        NAME,
                        "paced",
                        String.format(
                                Locale.ROOT,
                                "%d timers due %.0f a second, %d done%s",
                                armed.size(),
                                RATE_GOAL,
                                lateness.size(),
                                drained ? "" : " before the limit")),
                Figure.atMost(
                        NAME,
                        "paced lateness p95 (due → done)",
                        percentile(lateness, 95) / 1000.0,
                        LATENESS_GOAL_SECONDS,
                        "s"),
                Figure.info(
                        NAME,
                        "paced lateness p50 / max",
                        millis(percentile(lateness, 50)) + " / " + millis(lateness.get(lateness.size() - 1))));
    }

    /**
     * What the burst sent to the database per timer, the executor's acquisitions and the engine's
     * history included (only with {@code -Dbench.timers.statements=true}: counting is not free, so
     * such a run's timings are not the figures). Every text with its count per timer goes to
     * {@value #STATEMENTS_FILE}.
     */
    private static List<Figure> statementsPerTimer(Map<String, Long> counted, Map<String, Double> millis, int timers)
            throws IOException {
        StringBuilder lines = new StringBuilder("per timer: statements, ms waited for the database; the text\n");
        Map<String, Double> millisByText = SqlCounter.byStatement(millis);
        SqlCounter.byStatement(counted).entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> lines.append(String.format(
                        Locale.ROOT,
                        "%8.2f %8.2f  %s%n",
                        e.getValue() / timers,
                        millisByText.getOrDefault(e.getKey(), 0.0) / timers,
                        e.getKey())));
        Path file = Path.of(STATEMENTS_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines);
        return List.of(Figure.info(
                NAME,
                "burst, counted: statements / transactions per timer",
                String.format(
                        Locale.ROOT,
                        "%.1f / %.2f (texts in %s)",
                        (double) SqlCounter.statements(counted, "") / timers,
                        (double) SqlCounter.commits(counted, "") / timers,
                        STATEMENTS_FILE)));
    }

    /** Polls, with a short park between looks: the job executor works in its own threads. */
    private static boolean await(BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return true;
    }

    /** Generous: ten timers a second at least, and the executor's longest idle wait to notice them. */
    private static Duration drainLimit(int timers) {
        return Duration.ofSeconds(60 + timers / 10);
    }

    private static String settings(Environment environment) {
        String prefix = "camunda.bpm.job-execution.";
        StringBuilder settings = new StringBuilder(String.format(
                Locale.ROOT,
                "%s threads (max %s, queue %s), %s jobs per acquisition, wait %s ms, max wait %s ms",
                environment.getProperty(prefix + "core-pool-size"),
                environment.getProperty(prefix + "max-pool-size"),
                environment.getProperty(prefix + "queue-capacity"),
                environment.getProperty(prefix + "max-jobs-per-acquisition"),
                environment.getProperty(prefix + "wait-time-in-millis"),
                environment.getProperty(prefix + "max-wait")));
        for (String other : OTHER_SETTINGS) {
            String value = environment.getProperty(other);
            if (value != null) {
                settings.append(", ")
                        .append(other.substring(other.lastIndexOf('.') + 1))
                        .append(' ')
                        .append(value);
            }
        }
        return settings.toString();
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String millis(long millis) {
        return String.format(Locale.ROOT, "%,d ms", millis);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
