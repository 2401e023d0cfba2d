package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.AllegationType;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.TaskFilter;
import org.safeguard.worklist.TaskOrder;
import org.safeguard.worklist.TaskQueue;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

/**
 * Every query the task list view runs, as the users who run it: for each of their queues the first
 * page (soonest due first), a page deep in the list, the first page in each other order the headers
 * offer, the page with each filter, and the count
 * beside each page. Each probe returns the rows it got (a page's size or the count).
 */
final class TaskListProbes {

    static final int PAGE = 50;
    static final int DEEP_OFFSET = 10_000;

    /** A signed-in user of the demo accounts and the roles they sign in with. */
    record User(String username, Role role) {}

    record Probe(User user, TaskQueue queue, String query, LongSupplier call) {}

    private TaskListProbes() {}

    /**
     * @param textFilter what a user types to find a case: part of a case number
     */
    static List<Probe> all(Worklist worklist, String textFilter) {
        List<User> users = List.of(
                new User("intake", Role.INTAKE),
                new User("investigator", Role.INVESTIGATOR),
                new User("manager", Role.MANAGER));
        List<Probe> probes = new ArrayList<>();
        for (User user : users) {
            List<TaskQueue> queues = user.role() == Role.MANAGER
                    ? List.of(TaskQueue.values())
                    : List.of(TaskQueue.MINE, TaskQueue.MY_GROUPS);
            for (TaskQueue queue : queues) {
                probes.addAll(ofQueue(worklist, user, queue, textFilter));
            }
        }
        return probes;
    }

    private static List<Probe> ofQueue(Worklist worklist, User user, TaskQueue queue, String textFilter) {
        List<Probe> probes = new ArrayList<>();
        probes.add(page(worklist, user, queue, "first page", TaskFilter.NONE, 0));
        probes.add(count(worklist, user, queue, "count", TaskFilter.NONE));
        probes.add(page(worklist, user, queue, "page at " + DEEP_OFFSET, TaskFilter.NONE, DEEP_OFFSET));
        probes.add(pageAfter(worklist, user, queue));
        for (TaskOrder order : List.of(
                new TaskOrder(TaskOrder.By.DUE, true),
                new TaskOrder(TaskOrder.By.CREATED, false),
                new TaskOrder(TaskOrder.By.TASK, false))) {
            String label = "sorted " + order.by() + (order.descending() ? " desc" : "");
            probes.add(new Probe(
                    user,
                    queue,
                    label,
                    () -> worklist.tasks(queue, TaskFilter.NONE, order, 0, PAGE).size()));
        }
        List<Filtered> filters = List.of(
                new Filtered(
                        "entity " + OpenTaskSeed.BUSY_ENTITY, TaskFilter.NONE.withEntity(OpenTaskSeed.BUSY_ENTITY)),
                new Filtered("type RAPE", TaskFilter.NONE.withAllegationType(AllegationType.RAPE)),
                new Filtered("overdue", TaskFilter.NONE.withState(DueState.OVERDUE)),
                new Filtered("at risk", TaskFilter.NONE.withState(DueState.AT_RISK)),
                new Filtered("text \"" + textFilter + "\"", TaskFilter.NONE.withText(textFilter)));
        for (Filtered filtered : filters) {
            probes.add(page(worklist, user, queue, filtered.label(), filtered.filter(), 0));
            probes.add(count(worklist, user, queue, "count " + filtered.label(), filtered.filter()));
        }
        return probes;
    }

    private record Filtered(String label, TaskFilter filter) {}

    private static Probe page(
            Worklist worklist, User user, TaskQueue queue, String label, TaskFilter filter, int offset) {
        return new Probe(
                user,
                queue,
                label,
                () -> worklist.tasks(queue, filter, offset, PAGE).size());
    }

    /**
     * The same deep page as the task list reaches it by scrolling: after the last task of the page
     * before, which the grid has (looked up on the first, warm-up, call). A list shorter than
     * {@link #DEEP_OFFSET} is scrolled to its end: the grid then asks for the page after its last
     * task, which is empty. (Seeking after a task that is not there would read the page at the
     * offset instead, past the end: the "page at" probe measures that.)
     */
    private static Probe pageAfter(Worklist worklist, User user, TaskQueue queue) {
        String[] lastBefore = new String[1];
        return new Probe(user, queue, "page after " + DEEP_OFFSET + " or the last (seek)", () -> {
            if (lastBefore[0] == null) {
                List<WorklistTask> scrolled = worklist.tasks(queue, TaskFilter.NONE, 0, DEEP_OFFSET);
                lastBefore[0] = scrolled.isEmpty()
                        ? ""
                        : scrolled.get(scrolled.size() - 1).id();
            }
            return worklist.tasksAfter(queue, TaskFilter.NONE, lastBefore[0], DEEP_OFFSET, PAGE)
                    .size();
        });
    }

    /** Counts stop at TaskCount.LIMIT + 1; the rows column then reads 1 000 and the list "more than 1 000". */
    private static Probe count(Worklist worklist, User user, TaskQueue queue, String label, TaskFilter filter) {
        return new Probe(user, queue, label, () -> worklist.count(queue, filter).tasks());
    }
}
