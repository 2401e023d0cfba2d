package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Measured durations, sorted, read as percentiles in milliseconds. */
record Latencies(List<Long> sortedNanos) {

    Latencies {
        sortedNanos = sortedNanos.stream().sorted().toList();
    }

    /** The nearest-rank percentile: the smallest duration that {@code p} % of the calls did not exceed. */
    double percentileMillis(int p) {
        if (sortedNanos.isEmpty()) {
            throw new IllegalStateException("Nothing was measured");
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    /** A query called one at a time: {@code warmup} calls first, then {@code iterations} measured ones. */
    static Latencies sample(int warmup, int iterations, LongSupplier call) {
        for (int i = 0; i < warmup; i++) {
            call.getAsLong();
        }
        List<Long> nanos = new ArrayList<>(iterations);
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            call.getAsLong();
            nanos.add(System.nanoTime() - t0);
        }
        return new Latencies(nanos);
    }
}
