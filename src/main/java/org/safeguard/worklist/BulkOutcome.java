package org.safeguard.worklist;

import java.util.List;

/**
 * What a bulk claim or reassignment did, task by task: each task is checked and changed on its own,
 * so one refusal leaves the others done.
 *
 * @param tasks one line per task asked for, in the order asked
 */
public record BulkOutcome(List<TaskOutcome> tasks) {

    public long done() {
        return tasks.stream().filter(TaskOutcome::done).count();
    }

    public List<TaskOutcome> refused() {
        return tasks.stream().filter(task -> !task.done()).toList();
    }

    /**
     * @param caseReference the task's case; null when the task was not found in the user's scope
     */
    public record TaskOutcome(String taskId, String caseReference, Result result) {

        public boolean done() {
            return result == Result.DONE;
        }
    }

    /** Each task's result; the API gives these codes, the UI a sentence in the user's language. */
    public enum Result {
        DONE,
        /** No open task with that id in a case the user may see. */
        NOT_FOUND,
        /** The task has ended (completed, or cancelled as its process moved on). */
        TASK_CLOSED,
        /** Claim: the task is not offered to the user's groups. */
        NOT_OFFERED,
        /** Claim: someone has the task already. */
        ALREADY_ASSIGNED,
        /** Reassign: the colleague may not do this task or does not see its case. */
        ASSIGNEE_MAY_NOT,
        /** Someone changed the task at the same moment: read the list again and retry. */
        CHANGED_MEANWHILE
    }
}
