package org.safeguard.worklist;

/**
 * How the task list is sorted: by one of the columns its indexes can read in order, ascending or
 * descending. Every order ends on the task id, so pages never overlap. Tasks without a due date
 * come last in both directions of {@link By#DUE}: "no date" is neither soon nor late.
 *
 * @param by         the sorted column
 * @param descending latest, newest or Z first
 */
public record TaskOrder(By by, boolean descending) {

    /** The sortable columns, each read in the order of an index of the engine's task table. */
    public enum By {
        /** Due date, then creation (index SG_IDX_TASK_DUE_CREATED). */
        DUE,
        /** When the task was created: how long it has waited (the engine's ACT_IDX_TASK_CREATE). */
        CREATED,
        /** The task's name in the model (SG_IDX_TASK_NAME). */
        TASK
    }

    /** The default: soonest due first. */
    public static final TaskOrder SOONEST_DUE = new TaskOrder(By.DUE, false);

    public TaskOrder {
        by = by == null ? By.DUE : by;
    }

    /** The SQL direction, for the mapper (a constant, never user text). */
    public String direction() {
        return descending ? "DESC" : "ASC";
    }

    /** The comparison that keeps the rows after a position in this order, for the mapper. */
    public String after() {
        return descending ? "<" : ">";
    }

    /** Whether scrolling on can seek past the last task shown (the default order) instead of skipping rows. */
    public boolean seekable() {
        return by == By.DUE;
    }
}
