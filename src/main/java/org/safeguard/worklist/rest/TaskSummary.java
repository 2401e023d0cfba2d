package org.safeguard.worklist.rest;

import java.time.Instant;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.WorklistTask;

/**
 * One open task as the task API lists it: the task list's row and where its completion goes.
 *
 * @param kind       the task definition key, e.g. {@code user_assess_allegation}
 * @param completion where to send the completion body and the name of its schema
 */
record TaskSummary(
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
        Instant created,
        CompletionLink completion) {

    static TaskSummary of(WorklistTask task) {
        return new TaskSummary(
                task.id(),
                task.kind(),
                task.name(),
                task.caseReference(),
                task.entity(),
                task.allegationType(),
                task.personnelCategory(),
                task.memberState(),
                task.due(),
                task.state(),
                task.followUp(),
                task.assignee(),
                task.created(),
                CompletionLink.of(task));
    }

    /**
     * @param href   where to POST the body
     * @param schema the body's schema in the OpenAPI document ({@code /v3/api-docs}), e.g.
     *               {@code #/components/schemas/AssessAllegationBody}
     */
    record CompletionLink(String href, String schema) {

        static CompletionLink of(WorklistTask task) {
            return new CompletionLink("/api/tasks/" + task.id() + "/complete", CompletionSchemas.ref(task.kind()));
        }
    }
}
