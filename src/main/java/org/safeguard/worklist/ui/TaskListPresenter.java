package org.safeguard.worklist.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.worklist.TaskCount;
import org.safeguard.worklist.TaskFilter;
import org.safeguard.worklist.TaskOrder;
import org.safeguard.worklist.TaskQueue;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

/**
 * The task list's state (which queue, which filter, which order) and what to offer after a task is
 * completed.
 */
class TaskListPresenter {

    private final Worklist worklist;
    private TaskQueue queue;
    private TaskFilter filter = TaskFilter.NONE;
    private TaskOrder order = TaskOrder.SOONEST_DUE;
    /** The last task of each page read, by the offset after it: the grid scrolling on seeks past it. */
    private final Map<Integer, String> lastTaskBefore = new HashMap<>();

    TaskListPresenter(Worklist worklist, TaskQueue queue) {
        this.worklist = worklist;
        this.queue = queue;
    }

    TaskQueue queue() {
        return queue;
    }

    void show(TaskQueue queue) {
        this.queue = queue;
        changed();
    }

    TaskFilter filter() {
        return filter;
    }

    void filter(TaskFilter filter) {
        this.filter = filter;
        changed();
    }

    /** Null: the default order, soonest due first. */
    void order(TaskOrder order) {
        TaskOrder wanted = order == null ? TaskOrder.SOONEST_DUE : order;
        if (!wanted.equals(this.order)) {
            this.order = wanted;
            changed();
        }
    }

    /**
     * The list a user opens on: "my tasks", or, when they have none, what their groups may claim, as
     * new work waits there until someone claims it (so the list never opens empty on work to do).
     *
     * @return whether the list fell back to the groups' tasks
     */
    boolean openOnWork() {
        if (queue == TaskQueue.MINE
                && first(TaskQueue.MINE).isEmpty()
                && first(TaskQueue.MY_GROUPS).isPresent()) {
            show(TaskQueue.MY_GROUPS);
            return true;
        }
        return false;
    }

    /** The tasks may have changed (claimed, completed): pages are read from their offsets again. */
    void changed() {
        lastTaskBefore.clear();
    }

    /**
     * The grid's rows from {@code offset}: the page after the last task of the page before when
     * that page was read (deep in a long list, seeking costs what the first page does), else by offset.
     */
    List<WorklistTask> page(int offset, int limit) {
        String before = lastTaskBefore.get(offset);
        List<WorklistTask> rows = before == null
                ? worklist.tasks(queue, filter, order, offset, limit)
                : worklist.tasksAfter(queue, filter, order, before, offset, limit);
        if (!rows.isEmpty()) {
            lastTaskBefore.put(offset + rows.size(), rows.get(rows.size() - 1).id());
        }
        return rows;
    }

    TaskCount count() {
        return worklist.count(queue, filter);
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
        return worklist.tasks(from, filter, order, 0, 1).stream().findFirst();
    }
}
