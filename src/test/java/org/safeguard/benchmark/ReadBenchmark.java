package org.safeguard.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Case-file reads as an integrating system makes them: {@code GET /api/cases/{reference}} round the
 * cases the part registered first (their follow-up jobs run, so each case is as a reader finds it a
 * moment after intake). The goal is the latency of one read, so it is held at one client; 8 clients
 * show what the machine serves when reads queue for its two cores.
 */
final class ReadBenchmark implements BenchmarkPart {

    static final double GOAL_P95_MS = 30;
    private static final String PART = "reads";
    private static final int CLIENTS = 8;

    @Override
    public String name() {
        return PART;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        try (BenchApp app = BenchApp.start(PART, Map.of("camunda.bpm.job-execution.enabled", "false"))) {
            List<String> cases = new ExampleIntake(app).registerMany(Math.min(200, Math.max(10, size.reads() / 5)));
            app.runDueJobs();
            BenchClient client = new BenchClient(app.port());
            ConcurrentCalls.Call read = index -> client.get("/api/cases/" + cases.get(index % cases.size()), 200);
            ConcurrentCalls.run(CLIENTS, Math.max(10, size.reads() / 10), read).checked();
            ConcurrentCalls.Result alone =
                    ConcurrentCalls.run(1, Math.max(10, size.reads() / 4), read).checked();
            ConcurrentCalls.Result loaded =
                    ConcurrentCalls.run(CLIENTS, size.reads(), read).checked();
            String at = " at " + CLIENTS + " clients";
            return List.of(
                    Figure.atMost(
                            PART, "GET /api/cases/{reference} p95 at 1 client", alone.millis(95), GOAL_P95_MS, "ms"),
                    Figure.info(
                            PART,
                            "p50 / p99 at 1 client",
                            Figure.format(alone.millis(50), "ms") + " / " + Figure.format(alone.millis(99), "ms")),
                    Figure.info(PART, "reads/s" + at, Figure.format(loaded.perSecond(), "")),
                    Figure.info(
                            PART,
                            "p50 / p95 / p99" + at,
                            Figure.format(loaded.millis(50), "ms") + " / " + Figure.format(loaded.millis(95), "ms")
                                    + " / " + Figure.format(loaded.millis(99), "ms")));
        }
    }
}
