package org.safeguard.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of the {@code benchmark} Maven profile: runs the parts named by {@code -Dbench}
 * ({@code all}, the default, or a list such as {@code intake,reads}) in order at the size of
 * {@code -Dbench.size} ({@code full} or {@code small}), prints one table of every figure beside its
 * goal and writes it as Markdown to {@value #MARKDOWN}. A part that fails gets a FAILED line and the
 * run goes on; the command then exits with 1.
 */
public final class Benchmarks {

    static final Path MARKDOWN = Path.of("target", "benchmark", "benchmark.md");
    private static final int REASON_LENGTH = 300;

    /** Every part, in the order {@code all} runs them. */
    static List<BenchmarkPart> parts() {
        return List.of(
                new CommitBenchmark(),
                new EngineBenchmark(),
                new IntakeBenchmark(),
                new ReadBenchmark(),
                new TaskPairBenchmark(),
                new TimerDrainBenchmark(),
                new UiSessionBenchmark(),
                // The last two share one seeded application: keep them last, so it is not left open beside others.
                new TaskListBenchmark(),
                new DashboardBenchmark());
    }

    public static void main(String[] args) throws Exception {
        // The applications' start-up talk would bury the table; a system property, so -Dlogging... still wins.
        if (System.getProperty("logging.level.root") == null) {
            System.setProperty("logging.level.root", "WARN");
        }
        // The profile passes the settings a run may try (-Dcamunda.bpm.job-execution.…, the pool's size)
        // blank when not given; blank, they would override application.yml with nothing.
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> (name.startsWith("camunda.") || name.startsWith("spring."))
                        && System.getProperty(name).isBlank())
                .forEach(System::clearProperty);
        BenchmarkReport report =
                run(selected(BenchDatabases.setting("bench", "all")), BenchmarkSize.fromSystemProperties(), System.out);
        // Stray non-daemon threads (HTTP clients, an embedded MariaDB) must not keep the command alive.
        System.exit(report.failedParts().isEmpty() ? 0 : 1);
    }

    /** Runs {@code parts}, printing progress and then the table to {@code out}; never exits. */
    static BenchmarkReport run(List<BenchmarkPart> parts, BenchmarkSize size, PrintStream out) throws Exception {
        Machine machine = Machine.now();
        out.printf(
                Locale.ROOT,
                "Safeguard benchmark at %s size: %s%n",
                size.isSmall() ? "small" : "full",
                String.join(", ", parts.stream().map(BenchmarkPart::name).toList()));
        List<PartOutcome> outcomes = SeededWorkload.shareDuring(() -> {
            List<PartOutcome> done = new ArrayList<>();
            for (BenchmarkPart part : parts) {
                PartOutcome outcome = runOne(part, size);
                out.printf(
                        Locale.ROOT,
                        "  %s: %s in %d s%n",
                        part.name(),
                        outcome.failed() ? "FAILED" : "done",
                        outcome.took().toSeconds());
                done.add(outcome);
            }
            return done;
        });
        BenchmarkReport report = new BenchmarkReport(machine, Machine.loadAverage(), outcomes);
        out.println();
        out.print(report.text());
        Files.createDirectories(MARKDOWN.getParent());
        Files.writeString(MARKDOWN, report.markdown());
        out.println("Written as Markdown to " + MARKDOWN);
        return report;
    }

    private static PartOutcome runOne(BenchmarkPart part, BenchmarkSize size) {
        long start = System.nanoTime();
        try {
            List<Figure> figures = part.run(size);
            return new PartOutcome(part.name(), figures, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception | Error e) {
            return new PartOutcome(part.name(), List.of(), reason(e), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The failure and its root cause on one line: the table has no room for a stack trace. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = e + (root == e ? "" : " (cause: " + root + ")");
        String line = reason.replaceAll("\\s+", " ");
        return line.length() > REASON_LENGTH ? line.substring(0, REASON_LENGTH) + "…" : line;
    }

    /** The parts named by {@code -Dbench}, in the order of {@link #parts()}. */
    static List<BenchmarkPart> selected(String names) {
        List<BenchmarkPart> all = parts();
        if (names.equals("all")) {
            return all;
        }
        List<String> wanted = Arrays.stream(names.split(",")).map(String::trim).toList();
        List<String> known = all.stream().map(BenchmarkPart::name).toList();
        List<String> unknown =
                wanted.stream().filter(name -> !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "Unknown benchmark part " + unknown + "; known: all, " + String.join(", ", known));
        }
        return all.stream().filter(part -> wanted.contains(part.name())).toList();
    }

    private Benchmarks() {}
}
