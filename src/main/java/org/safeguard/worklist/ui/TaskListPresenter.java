package org.safeguard.worklist.ui;

import java.util.List;
import java.util.Optional;
import org.safeguard.worklist.TaskFilter;
import org.safeguard.worklist.TaskQueue;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

/** The task list's state (which queue, which filter) and what to offer after a task is completed. */
class TaskListPresenter {

    private final Worklist worklist;
    private TaskQueue queue;
    private TaskFilter filter = TaskFilter.NONE;

    TaskListPresenter(Worklist worklist, TaskQueue queue) {
        this.worklist = worklist;
        this.queue = queue;
    }

    TaskQueue queue() {
        return queue;
    }

    void show(TaskQueue queue) {
        this.queue = queue;
    }

    TaskFilter filter() {
        return filter;
    }

    void filter(TaskFilter filter) {
        this.filter = filter;
    }

    List<WorklistTask> page(int offset, int limit) {
        return worklist.tasks(queue, filter, offset, limit);
    }

    int count() {
        return (int) Math.min(Integer.MAX_VALUE, worklist.count(queue, filter));
    }

    /**
     * The task to offer once one is completed: the soonest due in the list shown; from "my tasks"
     * with none left, the soonest due the user may claim (the list then switches to it).
     */
    Optional<WorklistTask> next() {
        Optional<WorklistTask> next = first(queue);
        if (next.isEmpty() && queue == TaskQueue.MINE) {
            next = first(TaskQueue.MY_GROUPS);
            next.ifPresent(task -> queue = TaskQueue.MY_GROUPS);
        }
        return next;
    }

    private Optional<WorklistTask> first(TaskQueue from) {
        return worklist.tasks(from, filter, 0, 1).stream().findFirst();
    }
}
