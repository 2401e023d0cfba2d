package org.safeguard.benchmark;

import java.util.List;
import java.util.Map;

/**
 * The bare engine starting {@code sea-case} from 8 threads ({@link BareEngine}), on its own
 * application start with the job executor off: the floor of the intake, for context.
 */
final class EngineBenchmark implements BenchmarkPart {

    static final int THREADS = 8;
    private static final String PART = "engine";

    @Override
    public String name() {
        return PART;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        try (BenchApp app = BenchApp.start(PART, Map.of("camunda.bpm.job-execution.enabled", "false"))) {
            ConcurrentCalls.Result result = measure(app, new ExampleIntake(app), size.intakes());
            return List.of(
                    Figure.info(
                            PART,
                            "bare engine starts/s, " + THREADS + " threads",
                            Figure.format(result.perSecond(), "")),
                    Figure.info(
                            PART,
                            "bare engine start p50 / p95",
                            Figure.format(result.millis(50), "ms") + " / " + Figure.format(result.millis(95), "ms")));
        }
    }

    /** Warms the engine up, then starts {@code starts} instances from {@link #THREADS} threads. */
    static ConcurrentCalls.Result measure(BenchApp app, ExampleIntake example, int starts) throws Exception {
        BareEngine.prepare(app, example, Math.max(10, starts / 10))
                .startAll(THREADS)
                .checked();
        return BareEngine.prepare(app, example, starts).startAll(THREADS).checked();
    }
}
