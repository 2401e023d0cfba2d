package org.safeguard.worklist;

import java.time.Duration;
import java.time.Instant;

/**
 * How a task stands against its due date. "At risk" means due within {@link #AT_RISK_WITHIN}:
 * two days leave a working day to act even when a weekend or a holiday falls between. The
 * follow-up date is the user's own reminder and does not change the state. A task without a due
 * date is on track.
 */
public enum DueState {
    ON_TRACK,
    AT_RISK,
    OVERDUE;

    public static final Duration AT_RISK_WITHIN = Duration.ofDays(2);

    public static DueState of(Instant due, Instant now) {
        if (due == null || !due.isBefore(riskHorizon(now))) {
            return ON_TRACK;
        }
        return due.isBefore(now) ? OVERDUE : AT_RISK;
    }

    /** From this instant on a due date is on track; the query filters by the same bound. */
    public static Instant riskHorizon(Instant now) {
        return now.plus(AT_RISK_WITHIN);
    }
}
