package org.safeguard.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on, for the table's header. */
record Machine(int cores, long maxHeapBytes, String java, String database, String loadAtStart, Instant startedAt) {

    static Machine now() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                BenchDatabases.serverVersion(),
                loadAverage(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine weighs on every figure. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f (1 min)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The header's lines: what ran the benchmark, and how busy the machine was. */
    List<String> describe(String loadAtEnd) {
        return List.of(
                "run at " + startedAt,
                String.format(
                        Locale.ROOT,
                        "%d cores, max heap %.1f GB, %s, %s",
                        cores,
                        maxHeapBytes / (1024.0 * 1024 * 1024),
                        java,
                        database),
                "load average (1 / 5 / 15 min) " + loadAtStart + " at start, " + loadAtEnd + " at end");
    }
}
