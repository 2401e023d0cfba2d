package org.safeguard.sla;

/**
 * Which clocks to list or count; a null field does not filter. Every dimension of the dashboard's
 * tallies ({@link ClockDimension}) is a field, so each number drills down to the clocks behind it.
 *
 * @param memberState        ISO alpha-2
 * @param allegationType     an {@code AllegationType} name
 * @param personnelCategory  a {@code PersonnelCategory} name
 * @param openOnly           only clocks still open: with {@link ClockState#BREACHED}, the open breaches the
 *                           dashboard counts rather than every clock that ever ended late
 */
public record SlaClockFilter(
        ClockState state,
        ClockKind kind,
        String caseReference,
        String entity,
        String memberState,
        String allegationType,
        String personnelCategory,
        boolean openOnly) {

    public static final SlaClockFilter NONE = new SlaClockFilter(null, null, null, null, null);

    public SlaClockFilter(ClockState state, ClockKind kind, String caseReference, String entity, String memberState) {
        this(state, kind, caseReference, entity, memberState, null, null, false);
    }

    public static SlaClockFilter of(ClockState state, ClockKind kind) {
        return new SlaClockFilter(state, kind, null, null, null);
    }

    public SlaClockFilter withState(ClockState newState) {
        return new SlaClockFilter(
                newState, kind, caseReference, entity, memberState, allegationType, personnelCategory, openOnly);
    }

    /** Only the clocks still open. */
    public SlaClockFilter open() {
        return new SlaClockFilter(
                state, kind, caseReference, entity, memberState, allegationType, personnelCategory, true);
    }

    /** This filter narrowed to {@code value} of {@code dimension}. */
    public SlaClockFilter with(ClockDimension dimension, String value) {
        return switch (dimension) {
            case ENTITY ->
                new SlaClockFilter(
                        state, kind, caseReference, value, memberState, allegationType, personnelCategory, openOnly);
            case MEMBER_STATE ->
                new SlaClockFilter(
                        state, kind, caseReference, entity, value, allegationType, personnelCategory, openOnly);
            case ALLEGATION_TYPE ->
                new SlaClockFilter(state, kind, caseReference, entity, memberState, value, personnelCategory, openOnly);
            case PERSONNEL_CATEGORY ->
                new SlaClockFilter(state, kind, caseReference, entity, memberState, allegationType, value, openOnly);
            case CLOCK ->
                new SlaClockFilter(
                        state,
                        ClockKind.valueOf(value),
                        caseReference,
                        entity,
                        memberState,
                        allegationType,
                        personnelCategory,
                        openOnly);
        };
    }
}
