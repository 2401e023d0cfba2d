package org.safeguard.benchmark;

/**
 * How big a benchmark run is: {@link #full()} for the figures of docs/performance.md,
 * {@link #small()} for CI, which only proves every part still runs and prints its lines.
 * Each number may be overridden with a system property ({@code -Dbench.intakes=5000}).
 *
 * @param isSmall      whether this is the CI size: figures are then no measure of anything
 * @param intakes      intakes posted per client count (1, 4 and 8 clients)
 * @param reads        case-file reads
 * @param taskPairs    claim + complete pairs through {@code /api/tasks}
 * @param openTasks    open tasks seeded for the task-list and SLA queries
 * @param historyRows  engine history rows seeded beside them
 * @param timers       due timers drained by the job executor
 * @param uiSessions   simulated signed-in UI sessions
 * @param iterations   measured calls per query (after warm-up)
 */
public record BenchmarkSize(
        boolean isSmall,
        int intakes,
        int reads,
        int taskPairs,
        int openTasks,
        long historyRows,
        int timers,
        int uiSessions,
        int iterations) {

    public static BenchmarkSize full() {
        return new BenchmarkSize(false, 2000, 1000, 600, 100_000, 1_000_000, 10_000, 300, 30).overridden();
    }

    public static BenchmarkSize small() {
        return new BenchmarkSize(true, 100, 50, 20, 500, 2_000, 100, 10, 3).overridden();
    }

    public static BenchmarkSize fromSystemProperties() {
        return "small".equals(System.getProperty("bench.size")) ? small() : full();
    }

    /** Calls of a query before its measured ones, so caches and the JIT are warm ({@code -Dbench.warmupCalls}). */
    public int warmupCalls() {
        return Integer.getInteger("bench.warmupCalls", isSmall ? 1 : 5);
    }

    private BenchmarkSize overridden() {
        return new BenchmarkSize(
                isSmall,
                Integer.getInteger("bench.intakes", intakes),
                Integer.getInteger("bench.reads", reads),
                Integer.getInteger("bench.taskPairs", taskPairs),
                Integer.getInteger("bench.openTasks", openTasks),
                Long.getLong("bench.historyRows", historyRows),
                Integer.getInteger("bench.timers", timers),
                Integer.getInteger("bench.uiSessions", uiSessions),
                Integer.getInteger("bench.iterations", iterations));
    }
}
