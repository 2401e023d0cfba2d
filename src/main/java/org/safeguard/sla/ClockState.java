package org.safeguard.sla;

/** Where a clock stands at the moment it is read. */
public enum ClockState {
    /** Running, before its at-risk threshold. */
    RUNNING,
    /** Running, past its at-risk threshold but before its target. */
    AT_RISK,
    /** Stopped by a manager with a reason; its target moves by the paused time on resumption. */
    PAUSED,
    /** Ended in time. */
    MET,
    /** Past its target, open or ended late. */
    BREACHED,
    /** Ended without the step being done, e.g. the process was stopped by a withdrawal of consent. */
    CANCELLED;

    /** Whether a clock in this state is still open. */
    public boolean open() {
        return this == RUNNING || this == AT_RISK || this == PAUSED;
    }
}
