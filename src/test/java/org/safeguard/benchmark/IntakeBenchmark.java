package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.testsupport.AllegationJson;

/**
 * Intake as an integrating system sees it: {@code POST /api/cases} of the API's example allegation
 * over keep-alive HTTP at 1, 4 and 8 clients (a warm-up first), the job executor running as in
 * production. Then, on the same application with the job executor paused so nothing runs beside
 * them, Safeguard's intake service called in-process against the bare engine starting the same
 * model ({@link BareEngine}), both from 8 threads: what Safeguard adds on top of the engine.
 */
final class IntakeBenchmark implements BenchmarkPart {

    static final double GOAL_PER_SECOND = 150;
    static final double GOAL_P95_MS = 100;
    static final double GOAL_SHARE_OF_ENGINE = 80;
    private static final String PART = "intake";
    private static final String PATH = "/api/cases";

    @Override
    public String name() {
        return PART;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        List<Figure> figures = new ArrayList<>();
        try (BenchApp app = BenchApp.start(PART, Map.of())) {
            BenchClient client = new BenchClient(app.port());
            ConcurrentCalls.Call post = index -> client.post(PATH, AllegationJson.EXAMPLE, 201);
            ConcurrentCalls.run(8, Math.max(10, size.intakes() / 10), post).checked();
            // Fewer intakes for fewer clients: enough for their percentiles, without a long serial run.
            figures.addAll(overHttp(ConcurrentCalls.run(1, Math.max(10, size.intakes() / 4), post)
                    .checked()));
            figures.addAll(overHttp(ConcurrentCalls.run(4, Math.max(10, size.intakes() / 2), post)
                    .checked()));
            figures.addAll(overHttp(ConcurrentCalls.run(8, size.intakes(), post).checked()));

            app.jobExecutor().shutdown();
            figures.addAll(againstTheEngine(app, Math.max(10, size.intakes() / 2)));
        }
        return figures;
    }

    private static List<Figure> overHttp(ConcurrentCalls.Result result) {
        String at = " at " + result.clients() + (result.clients() == 1 ? " client" : " clients");
        String percentiles = "p50 / p95 / p99" + at;
        String values = Figure.format(result.millis(50), "ms") + " / " + Figure.format(result.millis(95), "ms") + " / "
                + Figure.format(result.millis(99), "ms");
        if (result.clients() < 8) {
            return List.of(
                    Figure.info(PART, "POST " + PATH + " intakes/s" + at, Figure.format(result.perSecond(), "")),
                    Figure.info(PART, percentiles, values));
        }
        return List.of(
                Figure.atLeast(PART, "POST " + PATH + " intakes/s" + at, result.perSecond(), GOAL_PER_SECOND, ""),
                Figure.atMost(PART, "p95" + at, result.millis(95), GOAL_P95_MS, "ms"),
                Figure.info(PART, percentiles, values));
    }

    private static List<Figure> againstTheEngine(BenchApp app, int count) throws Exception {
        ExampleIntake example = new ExampleIntake(app);
        ConcurrentCalls.Call intake = index -> example.register();
        int warmup = Math.max(10, count / 10);
        BareEngine measured = BareEngine.prepare(app, example, count);
        // Both warm before either is measured: the one measured second must not gain from the other's warm-up.
        BareEngine.prepare(app, example, warmup)
                .startAll(EngineBenchmark.THREADS)
                .checked();
        ConcurrentCalls.run(EngineBenchmark.THREADS, warmup, intake).checked();
        ConcurrentCalls.Result engine =
                measured.startAll(EngineBenchmark.THREADS).checked();
        ConcurrentCalls.Result safeguard =
                ConcurrentCalls.run(EngineBenchmark.THREADS, count, intake).checked();
        String threads = ", " + EngineBenchmark.THREADS + " threads in-process";
        return List.of(
                Figure.info(PART, "bare engine starts/s" + threads, Figure.format(engine.perSecond(), "")),
                Figure.info(PART, "intake service intakes/s" + threads, Figure.format(safeguard.perSecond(), "")),
                Figure.atLeast(
                        PART,
                        "intake ÷ bare engine",
                        100 * safeguard.perSecond() / engine.perSecond(),
                        GOAL_SHARE_OF_ENGINE,
                        "%"));
    }
}
