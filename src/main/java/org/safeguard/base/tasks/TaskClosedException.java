package org.safeguard.base.tasks;

/**
 * The task existed in a case the user may see but is no longer open: completed, or cancelled
 * when its process moved on. Retrying changes nothing; the caller should re-read the task list.
 */
public class TaskClosedException extends RuntimeException {

    public TaskClosedException(String taskId) {
        super("Task " + taskId + " is no longer open");
    }
}
