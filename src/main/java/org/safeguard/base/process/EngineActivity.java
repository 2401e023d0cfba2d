package org.safeguard.base.process;

import java.time.Instant;

/**
 * One activity a case's processes went through, from the engine's history.
 *
 * @param activityType the engine's type, e.g. {@code userTask}, {@code serviceTask}, {@code callActivity}
 * @param endedAt      null while it runs
 * @param assignee     who held a user task, or null
 */
public record EngineActivity(String processName, String activityName, String activityType, Instant startedAt,
                             Instant endedAt, String assignee) {
}
