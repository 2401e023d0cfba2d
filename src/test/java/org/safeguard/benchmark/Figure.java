package org.safeguard.benchmark;

import java.util.Locale;

/**
 * One line of the benchmark table: what was measured, the figure, and the goal it is held to.
 * A figure without a goal (the floor it is compared with, a count) is {@link Verdict#INFO}.
 */
public record Figure(String part, String measure, String value, String goal, Verdict verdict) {

    public enum Verdict {
        OK,
        SHORT,
        INFO
    }

    /** A figure shown for context, held to no goal (the machine, the database's commit floor). */
    public static Figure info(String part, String measure, String value) {
        return new Figure(part, measure, value, "", Verdict.INFO);
    }

    /** A rate or ratio that must reach {@code goal}, e.g. intakes per second. */
    public static Figure atLeast(String part, String measure, double value, double goal, String unit) {
        return new Figure(
                part,
                measure,
                format(value, unit),
                "≥ " + format(goal, unit),
                value >= goal ? Verdict.OK : Verdict.SHORT);
    }

    /** A latency or size that must stay within {@code goal}, e.g. a p95 in milliseconds. */
    public static Figure atMost(String part, String measure, double value, double goal, String unit) {
        return new Figure(
                part,
                measure,
                format(value, unit),
                "≤ " + format(goal, unit),
                value <= goal ? Verdict.OK : Verdict.SHORT);
    }

    static String format(double value, String unit) {
        String number = value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
