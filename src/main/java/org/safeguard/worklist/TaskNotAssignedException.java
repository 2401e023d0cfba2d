package org.safeguard.worklist;

/**
 * A task may be completed only by its assignee, as in the task list, where the form shows only
 * once the user has claimed the task (or a manager has given it to them).
 */
public class TaskNotAssignedException extends RuntimeException {

    private final String assignee;

    public TaskNotAssignedException(String taskId, String assignee) {
        super("Task " + taskId + (assignee == null ? " is not claimed" : " is assigned to someone else"));
        this.assignee = assignee;
    }

    /** Whether the task waits in its groups' queue (claim it) rather than with another user. */
    public boolean unclaimed() {
        return assignee == null;
    }
}
