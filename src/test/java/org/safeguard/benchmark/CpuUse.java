package org.safeguard.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The CPU the benchmark's JVM (the application, its job executor) used over a stretch, and how busy
 * the whole machine was meanwhile (every process, the database server and other people's work
 * included, from {@code /proc/stat}). On two cores shared with others, a rate that rises with more
 * threads may be CPU taken from them rather than CPU to spare: these two figures tell which. Where
 * the benchmark's own clients share the JVM, {@link #threadNanos} counts the application's threads
 * alone: other work slows them down but hardly changes the CPU they use, unlike a call's wall time.
 */
final class CpuUse {

    private final long processNanos = processCpuNanos();
    private final long[] machine = machineTicks();

    /** JVM CPU in milliseconds per unit of work, and the machine's busy share, since this was made. */
    String per(int units, String unit) {
        double jvmMillis = (processCpuNanos() - processNanos) / 1e6 / units;
        long[] now = machineTicks();
        String busy = "?";
        if (now.length > 0 && machine.length > 0) {
            long total = Arrays.stream(now).sum() - Arrays.stream(machine).sum();
            long idle = now[3] + now[4] - machine[3] - machine[4];
            busy = String.format(Locale.ROOT, "%.0f %%", 100.0 * (total - idle) / total);
        }
        return String.format(Locale.ROOT, "JVM %.1f ms of CPU per %s; machine busy %s", jvmMillis, unit, busy);
    }

    /** The CPU time used so far by threads whose names start with one of {@code prefixes}, in nanoseconds. */
    static long threadNanos(String... prefixes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && Arrays.stream(prefixes).anyMatch(info.getThreadName()::startsWith)) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The first line of /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal; none elsewhere. */
    private static long[] machineTicks() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Arrays.stream(fields, 1, Math.min(fields.length, 9))
                    .mapToLong(Long::parseLong)
                    .toArray();
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}
