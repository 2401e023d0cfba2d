package org.safeguard.benchmark;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live heap of this JVM by class, from the class histogram the JVM's diagnostic command
 * ({@code GC.class_histogram}, what {@code jcmd} runs) prints after a full collection: only objects
 * still reachable are counted, so the difference between two snapshots is what was retained in
 * between, class by class.
 *
 * @param liveBytes    every live object's bytes
 * @param bytesByClass the same, per class name
 */
record UiSessionHeap(long liveBytes, Map<String, Long> bytesByClass) {

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    static UiSessionHeap now() throws JMException {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {null},
                        new String[] {String[].class.getName()});
        Map<String, Long> bytesByClass = new HashMap<>();
        long total = 0;
        for (String line : histogram.split("\n")) {
            Matcher matcher = LINE.matcher(line);
            if (matcher.find()) {
                long bytes = Long.parseLong(matcher.group(1));
                bytesByClass.merge(matcher.group(2), bytes, Long::sum);
                total += bytes;
            }
        }
        return new UiSessionHeap(total, bytesByClass);
    }

    /** What grew since {@code before}: the classes that grew most, most first. */
    List<Map.Entry<String, Long>> grownSince(UiSessionHeap before, int limit) {
        return bytesByClass.entrySet().stream()
                .map(entry -> Map.entry(
                        entry.getKey(), entry.getValue() - before.bytesByClass.getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .toList();
    }
}
