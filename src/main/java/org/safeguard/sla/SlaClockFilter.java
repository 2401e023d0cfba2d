package org.safeguard.sla;

/**
 * Which clocks to list or count; a null field does not filter.
 *
 * @param memberState ISO alpha-2
 */
public record SlaClockFilter(ClockState state, ClockKind kind, String caseReference, String entity,
                             String memberState) {

    public static final SlaClockFilter NONE = new SlaClockFilter(null, null, null, null, null);

    public static SlaClockFilter of(ClockState state, ClockKind kind) {
        return new SlaClockFilter(state, kind, null, null, null);
    }
}
