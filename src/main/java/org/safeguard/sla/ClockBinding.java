package org.safeguard.sla;

import java.util.List;

/**
 * Where one clock lives in a model, told by the process layer, which owns the models' element ids.
 *
 * @param processKey      the model
 * @param elementId       the user task whose due date is the clock, or the timer event whose job is
 * @param companionTimers timers of the same process instance that move with the clock when it is
 *                        paused (e.g. the Member State's escalation ladder)
 * @param dateVariables   process variables holding instants of the clock that later timers read
 * @param openAfterFiring for a non-interrupting timer: the clock stays open (breached) after the timer
 *                        fired, until the scope it watches ends (e.g. the Member State finally replies)
 * @param ownerGroup      the engine group that answers for a clock no task carries (a timer), told
 *                        of its thresholds; null for task clocks, whose task names its candidate group
 * @param notingActivities activities of the model that only note a threshold of the clock (a warning)
 *                        and change nothing any clock is derived from: a transaction that does no more
 *                        than fire such a warning leaves the clock rows as they were
 */
public record ClockBinding(
        ClockKind kind,
        Carrier carrier,
        String processKey,
        String elementId,
        List<String> companionTimers,
        List<String> dateVariables,
        boolean openAfterFiring,
        String ownerGroup,
        List<String> notingActivities) {

    public enum Carrier {
        /** A user task's due date. */
        TASK,
        /** A timer job's due date. */
        TIMER,
        /** The investigation file's target, watched by the model's warning and breach timers. */
        INVESTIGATION
    }

    public ClockBinding {
        companionTimers = List.copyOf(companionTimers);
        dateVariables = List.copyOf(dateVariables);
        notingActivities = List.copyOf(notingActivities);
    }

    /** A clock no activity only notes. */
    public ClockBinding(
            ClockKind kind,
            Carrier carrier,
            String processKey,
            String elementId,
            List<String> companionTimers,
            List<String> dateVariables,
            boolean openAfterFiring,
            String ownerGroup) {
        this(
                kind,
                carrier,
                processKey,
                elementId,
                companionTimers,
                dateVariables,
                openAfterFiring,
                ownerGroup,
                List.of());
    }

    /** A clock whose owner is its task's candidate group or, for the investigation, the model's. */
    public ClockBinding(
            ClockKind kind,
            Carrier carrier,
            String processKey,
            String elementId,
            List<String> companionTimers,
            List<String> dateVariables,
            boolean openAfterFiring) {
        this(kind, carrier, processKey, elementId, companionTimers, dateVariables, openAfterFiring, null);
    }

    /** This binding, with the activities that only note its thresholds. */
    public ClockBinding notedBy(List<String> activities) {
        return new ClockBinding(
                kind,
                carrier,
                processKey,
                elementId,
                companionTimers,
                dateVariables,
                openAfterFiring,
                ownerGroup,
                activities);
    }

    public static ClockBinding task(ClockKind kind, String processKey, String taskKey) {
        return new ClockBinding(kind, Carrier.TASK, processKey, taskKey, List.of(), List.of(), false);
    }
}
