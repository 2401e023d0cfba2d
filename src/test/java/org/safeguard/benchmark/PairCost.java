package org.safeguard.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;

/**
 * What one claim, one completion and the jobs the completion leaves cost in statements and
 * transactions: a few pairs made one at a time with every statement counted ({@link SqlCounter}),
 * apart from the timed ones. Unlike a rate on a shared machine, these counts do not depend on the
 * load. The statements themselves, by thread and text, go to {@code target/benchmark/tasks-statements.txt}.
 */
final class PairCost {

    /** Threads of HTTP requests (Tomcat's), of the job executor's runs, and of its acquisition. */
    static final String REQUEST = "http-nio";

    static final String JOB = "camundaTaskExecutor";
    static final String ACQUISITION = "JobExecutor";

    private static final Path REPORT = Path.of("target", "benchmark", "tasks-statements.txt");

    private final SqlCounter counter;
    private final ManagementService management;

    PairCost(SqlCounter counter, ManagementService management) {
        this.counter = counter;
        this.management = management;
    }

    /** A step made on each task of the counted pairs. */
    @FunctionalInterface
    interface Step {
        void on(int index) throws Exception;
    }

    /**
     * Makes one pair with every statement traced in order, then claims {@code pairs} more tasks and
     * completes them, one call at a time, counting; the figures per pair. Takes {@code pairs + 1} tasks.
     */
    List<Figure> measure(String part, int pairs, Step claim, Step complete) throws Exception {
        awaitJobs();
        counter.startTrace();
        claim.on(0);
        complete.on(0);
        awaitJobs();
        counter.stop();
        List<String> trace = counter.trace();
        counter.start();
        for (int i = 1; i <= pairs; i++) {
            claim.on(i);
        }
        Map<String, Double> claimMillis = counter.millis();
        Map<String, Long> claims = counter.stop();
        counter.start();
        for (int i = 1; i <= pairs; i++) {
            complete.on(i);
        }
        awaitJobs();
        Map<String, Double> completionMillis = counter.millis();
        Map<String, Long> completions = counter.stop();
        report(pairs, claims, completions, trace, merged(claimMillis, completionMillis));
        long total = SqlCounter.statements(claims, REQUEST)
                + SqlCounter.statements(completions, REQUEST)
                + SqlCounter.statements(completions, JOB);
        return List.of(
                Figure.info(
                        part,
                        "SQL statements per claim / complete / its jobs (commits)",
                        perPair(claims, REQUEST, pairs) + " / " + perPair(completions, REQUEST, pairs) + " / "
                                + perPair(completions, JOB, pairs)),
                Figure.info(part, "SQL statements per pair, jobs included", Figure.format((double) total / pairs, "")));
    }

    private static String perPair(Map<String, Long> counted, String threads, int pairs) {
        return Figure.format((double) SqlCounter.statements(counted, threads) / pairs, "") + " ("
                + Figure.format((double) SqlCounter.commits(counted, threads) / pairs, "") + ")";
    }

    /** Waits until the job executor has run every job the completions left (and the jobs those left). */
    void awaitJobs() {
        // A job being run is still executable: it goes when its run commits.
        Awaitility.await("the job executor running every job the completions left")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> management.createJobQuery().executable().active().count() == 0);
    }

    private static Map<String, Double> merged(Map<String, Double> first, Map<String, Double> second) {
        Map<String, Double> all = new TreeMap<>(first);
        second.forEach((key, millis) -> all.merge(key, millis, Double::sum));
        return all;
    }

    private static void report(
            int pairs,
            Map<String, Long> claims,
            Map<String, Long> completions,
            List<String> trace,
            Map<String, Double> millis)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Statements of " + pairs + " claims, then of their completions and the jobs they left,"
                + " by thread (digits left off) and text; the main thread only waits for the jobs.");
        section(lines, "claims", claims);
        section(lines, "completions and their jobs", completions);
        lines.add("");
        lines.add("== milliseconds waited for the database in those calls, by statement (depends on the load)");
        millis.entrySet().stream()
                .filter(e -> e.getKey().startsWith(REQUEST) || e.getKey().startsWith(JOB))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%8.1f  %s", e.getValue(), e.getKey())));
        lines.add("");
        lines.add("== one pair and its jobs, every statement in the order sent");
        trace.forEach(lines::add);
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines);
    }

    private static void section(List<String> lines, String title, Map<String, Long> counted) {
        lines.add("");
        lines.add("== " + title);
        counted.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format("%6d  %s", e.getValue(), e.getKey())));
    }
}
