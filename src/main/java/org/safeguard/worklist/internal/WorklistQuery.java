package org.safeguard.worklist.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.TaskFilter;
import org.safeguard.worklist.TaskOrder;
import org.safeguard.worklist.TaskQueue;

/**
 * The parameters of one page or count of the task list. {@code now} and the risk horizon are
 * fixed once per request, so the state filter and the state shown agree.
 *
 * @param groups the engine groups of the user's roles, for {@link TaskQueue#MY_GROUPS}
 */
public record WorklistQuery(
        TaskQueue queue, String username, List<String> groups, TaskFilter filter, TaskOrder order, Instant now) {

    public WorklistQuery {
        order = order == null ? TaskOrder.SOONEST_DUE : order;
    }

    /** Soonest due first. */
    public WorklistQuery(TaskQueue queue, String username, List<String> groups, TaskFilter filter, Instant now) {
        this(queue, username, groups, filter, TaskOrder.SOONEST_DUE, now);
    }

    /** Sorted by due date: the page query's split of dated and undated tasks applies. */
    public boolean byDue() {
        return order.by() == TaskOrder.By.DUE;
    }

    /** The column of a sort other than by due date, for the mapper (a constant, never user text). */
    public String sortColumn() {
        return order.by() == TaskOrder.By.CREATED ? "t.CREATE_TIME_" : "t.NAME_";
    }

    public boolean assignedToMe() {
        return queue == TaskQueue.MINE;
    }

    public boolean offeredToMyGroups() {
        return queue == TaskQueue.MY_GROUPS;
    }

    public Instant riskHorizon() {
        return DueState.riskHorizon(now);
    }

    /** The free text as a {@code LIKE} pattern on lower-cased columns; wildcards typed are taken literally
     * ({@code !} escapes, since MariaDB reads a backslash in a literal as an escape itself). */
    public String textPattern() {
        if (filter.text() == null) {
            return null;
        }
        String escaped = filter.text()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    public String state() {
        return filter.state() == null ? null : filter.state().name();
    }
}
