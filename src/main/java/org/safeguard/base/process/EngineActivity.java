package org.safeguard.base.process;

import java.time.Instant;
import java.util.Map;

/**
 * One activity a case's processes went through, from the engine's history.
 *
 * @param processKey   the process definition's key, e.g. {@code sea-case}, to name it in the user's language
 * @param activityId   the element's id in the model, e.g. {@code user_assess_allegation}
 * @param activityType the engine's type, e.g. {@code userTask}, {@code intermediateTimer}, {@code callActivity}
 * @param endedAt      null while it runs
 * @param assignee     who held a user task, or null
 * @param taskId       the user task's id, or null for other activities
 * @param canceled     ended without completing: an interrupting event took over, or its timer never fired
 * @param decided      the codes and flags set while the activity completed (e.g. {@code finding} →
 *                     {@code SUBSTANTIATED}): strings and booleans only, never dates, numbers or text
 */
public record EngineActivity(
        String processKey,
        String processName,
        String activityId,
        String activityName,
        String activityType,
        Instant startedAt,
        Instant endedAt,
        String assignee,
        String taskId,
        boolean canceled,
        Map<String, Object> decided) {

    /** Finished, and not by being cancelled. */
    public boolean happened() {
        return endedAt != null && !canceled;
    }
}
