package org.safeguard.sla.internal;

import java.util.List;

/** One row's answer of the {@code sla-policy} decision. */
public record SlaRule(int amount, Unit unit, List<Integer> warningPercents) {

    public enum Unit {
        HOURS,
        DAYS,
        WORKING_DAYS
    }

    public SlaRule {
        if (amount < 0) {
            throw new IllegalArgumentException("a deadline cannot lie in the past: " + amount);
        }
        warningPercents = List.copyOf(warningPercents);
    }
}
