package org.safeguard.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used by the application's own work in the benchmark's JVM: its request threads and the
 * job executor's, from the JVM's per-thread accounting. Other work on the machine slows these
 * threads down but hardly changes how much CPU they use, unlike the wall time of a call.
 */
final class AppCpu {

    private AppCpu() {
    }

    /** The CPU time used so far by threads whose names start with one of {@code prefixes}, in nanoseconds. */
    static long nanos(String... prefixes) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && startsWithAny(info.getThreadName(), prefixes)) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static boolean startsWithAny(String name, String... prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
