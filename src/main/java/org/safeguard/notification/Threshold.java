package org.safeguard.notification;

import java.time.Instant;
import java.util.Optional;
import org.safeguard.sla.CaseClock;

/**
 * A point in a clock's life that people are told about: one of its warnings or its target.
 *
 * @param code {@code WARNING_1}, {@code WARNING_2} … (oldest first) or {@code BREACH}; stored
 * @param at   when the clock crossed it
 */
public record Threshold(String code, Instant at) {

    public static final String BREACH = "BREACH";

    public boolean breach() {
        return BREACH.equals(code);
    }

    /**
     * The last threshold an open clock has crossed at {@code now}, if any. Only the last one: a clock
     * found already breached is announced as breached, not first as at risk and then as breached.
     */
    public static Optional<Threshold> lastCrossed(CaseClock clock, Instant now) {
        if (clock.endedAt() != null || clock.pausedAt() != null) {
            return Optional.empty();
        }
        if (clock.targetAt() != null && clock.targetAt().isBefore(now)) {
            return Optional.of(new Threshold(BREACH, clock.targetAt()));
        }
        for (int i = clock.warnings().size() - 1; i >= 0; i--) {
            Instant warning = clock.warnings().get(i);
            if (!warning.isAfter(now)) {
                return Optional.of(new Threshold("WARNING_" + (i + 1), warning));
            }
        }
        return Optional.empty();
    }
}
