package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A number of calls made by a number of concurrent clients, each taking the next call as soon as
 * its last one answered (a closed loop, as keep-alive clients do): the rate is calls over the wall
 * time, the latencies each call's own.
 */
final class ConcurrentCalls {

    /** One call; {@code index} numbers the calls from 0, e.g. to pick a case. Throws when refused. */
    @FunctionalInterface
    interface Call {
        void call(int index) throws Exception;
    }

    /** @param firstFailure why the first failing call failed, null when none did */
    record Result(int calls, int clients, double seconds, Latencies latencies, int failures, String firstFailure) {

        double perSecond() {
            return calls / seconds;
        }

        double millis(int percentile) {
            return latencies.percentileMillis(percentile);
        }

        /** This result, unless a call failed: a rate of failures measures nothing. */
        Result checked() {
            if (failures > 0) {
                throw new IllegalStateException(failures + " of " + calls + " calls failed, first: " + firstFailure);
            }
            return this;
        }
    }

    private ConcurrentCalls() {}

    static Result run(int clients, int calls, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Future<List<Long>>> workers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    List<Long> nanos = new ArrayList<>();
                    int index;
                    while ((index = next.getAndIncrement()) < calls) {
                        long t0 = System.nanoTime();
                        String failure = attempt(call, index);
                        nanos.add(System.nanoTime() - t0);
                        if (failure != null) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, failure);
                        }
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>(calls);
            for (Future<List<Long>> worker : workers) {
                all.addAll(worker.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(calls, clients, seconds, new Latencies(all), failures.get(), firstFailure.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String attempt(Call call, int index) {
        try {
            call.call(index);
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }
}
