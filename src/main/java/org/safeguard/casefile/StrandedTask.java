package org.safeguard.casefile;

import java.time.Instant;

/**
 * An open task on the managers' list of unassigned and unreachable work.
 *
 * @param kind     the task definition key, e.g. {@code user_plan_investigation}
 * @param name     the task's name in the model (English); views translate it by {@code kind}
 * @param assignee null while unassigned
 */
public record StrandedTask(
        String taskId,
        String kind,
        String name,
        String caseReference,
        String entity,
        Instant created,
        Instant due,
        String assignee,
        StrandedReason reason) {}
