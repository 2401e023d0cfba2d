package org.safeguard.worklist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.TaskFilter;
import org.safeguard.worklist.TaskOrder;
import org.safeguard.worklist.TaskQueue;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;

class TaskListPresenterTest {

    final Worklist worklist = mock(Worklist.class);

    static WorklistTask task(String id) {
        return new WorklistTask(
                id,
                "user_assess_allegation",
                "Assess allegation",
                "SEA-" + id,
                "MINUSCA",
                null,
                null,
                null,
                null,
                DueState.ON_TRACK,
                null,
                null,
                null);
    }

    @Test
    void after_completing_a_task_the_soonest_due_of_the_same_list_is_offered() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.MY_GROUPS);
        when(worklist.tasks(eq(TaskQueue.MY_GROUPS), any(), any(), eq(0), eq(1)))
                .thenReturn(List.of(task("2")));

        assertThat(presenter.next()).contains(task("2"));
        assertThat(presenter.queue()).isEqualTo(TaskQueue.MY_GROUPS);
    }

    @Test
    void with_none_of_my_tasks_left_the_next_task_i_may_claim_is_offered() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.MINE);
        when(worklist.tasks(eq(TaskQueue.MINE), any(), any(), eq(0), eq(1))).thenReturn(List.of());
        when(worklist.tasks(eq(TaskQueue.MY_GROUPS), any(), any(), eq(0), eq(1)))
                .thenReturn(List.of(task("3")));

        assertThat(presenter.next()).contains(task("3"));
        assertThat(presenter.queue()).isEqualTo(TaskQueue.MY_GROUPS);
    }

    @Test
    void nothing_is_offered_when_nothing_is_left_and_the_list_stays() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.MINE);
        when(worklist.tasks(any(), any(), any(), eq(0), eq(1))).thenReturn(List.of());

        assertThat(presenter.next()).isEmpty();
        assertThat(presenter.queue()).isEqualTo(TaskQueue.MINE);
    }

    @Test
    void the_filter_applies_to_the_next_task_too() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.MY_GROUPS);
        TaskFilter onlyMinusca = TaskFilter.NONE.withEntity("MINUSCA");
        presenter.filter(onlyMinusca);
        when(worklist.tasks(TaskQueue.MY_GROUPS, onlyMinusca, TaskOrder.SOONEST_DUE, 0, 1))
                .thenReturn(List.of(task("4")));

        assertThat(presenter.next()).contains(task("4"));
    }

    @Test
    void scrolling_on_seeks_past_the_last_task_of_the_page_before_until_the_list_changes() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.ALL);
        when(worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, TaskOrder.SOONEST_DUE, 0, 2))
                .thenReturn(List.of(task("1"), task("2")));
        when(worklist.tasksAfter(TaskQueue.ALL, TaskFilter.NONE, TaskOrder.SOONEST_DUE, "2", 2, 2))
                .thenReturn(List.of(task("3"), task("4")));
        when(worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, TaskOrder.SOONEST_DUE, 2, 2))
                .thenReturn(List.of(task("3b"), task("4b")));

        presenter.page(0, 2);
        assertThat(presenter.page(2, 2)).containsExactly(task("3"), task("4"));

        presenter.changed();
        assertThat(presenter.page(2, 2))
                .as("read by offset: the page before was not read since")
                .containsExactly(task("3b"), task("4b"));
    }

    @Test
    void a_page_the_grid_jumps_to_is_read_by_offset() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.ALL);
        when(worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, TaskOrder.SOONEST_DUE, 0, 2))
                .thenReturn(List.of(task("1"), task("2")));
        when(worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, TaskOrder.SOONEST_DUE, 500, 2))
                .thenReturn(List.of(task("501")));

        presenter.page(0, 2);
        assertThat(presenter.page(500, 2)).containsExactly(task("501"));
    }

    @Test
    void the_list_opens_on_my_groups_tasks_when_i_have_none_so_new_work_is_not_hidden_on_a_second_tab() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.MINE);
        when(worklist.tasks(eq(TaskQueue.MINE), any(), any(), eq(0), eq(1))).thenReturn(List.of());
        when(worklist.tasks(eq(TaskQueue.MY_GROUPS), any(), any(), eq(0), eq(1)))
                .thenReturn(List.of(task("5")));

        assertThat(presenter.openOnWork()).isTrue();
        assertThat(presenter.queue()).isEqualTo(TaskQueue.MY_GROUPS);
    }

    @Test
    void the_list_stays_on_my_tasks_when_i_have_some() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.MINE);
        when(worklist.tasks(eq(TaskQueue.MINE), any(), any(), eq(0), eq(1))).thenReturn(List.of(task("6")));
        when(worklist.tasks(eq(TaskQueue.MY_GROUPS), any(), any(), eq(0), eq(1)))
                .thenReturn(List.of(task("7")));

        assertThat(presenter.openOnWork()).isFalse();
        assertThat(presenter.queue()).isEqualTo(TaskQueue.MINE);
    }

    @Test
    void pages_are_read_in_the_order_chosen_and_by_offset_once_it_changes() {
        TaskListPresenter presenter = new TaskListPresenter(worklist, TaskQueue.ALL);
        TaskOrder byName = new TaskOrder(TaskOrder.By.TASK, true);
        when(worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, TaskOrder.SOONEST_DUE, 0, 2))
                .thenReturn(List.of(task("1"), task("2")));
        when(worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, byName, 2, 2)).thenReturn(List.of(task("9")));
        presenter.page(0, 2);

        presenter.order(byName);

        assertThat(presenter.page(2, 2)).containsExactly(task("9"));
    }
}
