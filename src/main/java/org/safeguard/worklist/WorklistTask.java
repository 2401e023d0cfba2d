package org.safeguard.worklist;

import java.time.Instant;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;

/**
 * One open task as the task list shows it. Personnel category and Member State are those of the
 * case's first subject group: a row per task, not per group.
 *
 * @param kind     the task's definition key, e.g. {@code user_assess_allegation}
 * @param name     the task's name in the model (English); views translate it by {@code kind}
 * @param assignee null while the task is offered to its groups
 * @param created  when the task was created: since when it waits
 */
public record WorklistTask(
        String id,
        String kind,
        String name,
        String caseReference,
        String entity,
        AllegationType allegationType,
        PersonnelCategory personnelCategory,
        String memberState,
        Instant due,
        DueState state,
        Instant followUp,
        String assignee,
        Instant created) {}
