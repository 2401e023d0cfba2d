package org.safeguard.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.tasks.ClosedTasks;
import org.safeguard.base.tasks.TaskClosedException;
import org.safeguard.worklist.BulkOutcome.Result;
import org.safeguard.worklist.BulkOutcome.TaskOutcome;
import org.springframework.security.access.AccessDeniedException;

class BulkTaskActionsTest {

    final Worklist worklist = mock(Worklist.class);
    final ClosedTasks closedTasks = mock(ClosedTasks.class);
    final BulkTaskActions bulk = new BulkTaskActions(worklist, closedTasks);

    @Test
    void each_task_is_claimed_on_its_own_and_each_refusal_is_reported_for_its_task() {
        NotFoundException gone = new NotFoundException("Open task done");
        NotFoundException unknown = new NotFoundException("Open task elsewhere");
        doThrow(new AccessDeniedException("not offered")).when(worklist).claim("vra-task");
        doThrow(new InvalidInputException(List.of(new Violation("task", "already assigned"))))
                .when(worklist)
                .claim("taken");
        doThrow(new TaskAlreadyClaimedException("taken", "someone"))
                .when(worklist)
                .claim("raced");
        doThrow(gone).when(worklist).claim("done");
        doThrow(unknown).when(worklist).claim("elsewhere");
        when(closedTasks.explain("done", gone)).thenReturn(new TaskClosedException("done"));
        when(closedTasks.explain("elsewhere", unknown)).thenReturn(unknown);

        BulkOutcome outcome = bulk.claim(List.of("mine", "vra-task", "taken", "raced", "done", "elsewhere", "mine"));

        assertThat(outcome.tasks())
                .extracting(TaskOutcome::taskId, TaskOutcome::result)
                .containsExactly(
                        tuple("mine", Result.DONE),
                        tuple("vra-task", Result.NOT_OFFERED),
                        tuple("taken", Result.ALREADY_ASSIGNED),
                        tuple("raced", Result.ALREADY_ASSIGNED),
                        tuple("done", Result.TASK_CLOSED),
                        tuple("elsewhere", Result.NOT_FOUND));
        assertThat(outcome.done()).isOne();
        assertThat(outcome.refused()).hasSize(5);
        verify(worklist).claim("mine");
    }

    @Test
    void only_managers_reassign_in_bulk_and_nothing_is_tried_otherwise() {
        when(worklist.managesTasks()).thenReturn(false);

        assertThatThrownBy(() -> bulk.assign(List.of("a"), "intake", "On leave"))
                .isInstanceOf(AccessDeniedException.class);
        verify(worklist, never()).assign(anyString(), anyString(), any());
    }

    @Test
    void a_bulk_reassignment_needs_a_colleague_and_a_reason_before_any_task_is_touched() {
        when(worklist.managesTasks()).thenReturn(true);

        assertThatThrownBy(() -> bulk.assign(List.of("a"), " ", "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new Violation(Worklist.ASSIGNEE, Worklist.ASSIGNEE_REQUIRED),
                                        new Violation(BulkTaskActions.REASON, BulkTaskActions.REQUIRED)));
        assertThatThrownBy(() -> bulk.assign(List.of("a"), "intake", "x".repeat(BulkTaskActions.REASON_MAX + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(BulkTaskActions.REASON, BulkTaskActions.TOO_LONG)));
        verify(worklist, never()).assign(anyString(), anyString(), any());
    }

    @Test
    void a_bulk_reassignment_gives_each_task_with_the_reason_and_reports_those_the_colleague_may_not_take() {
        when(worklist.managesTasks()).thenReturn(true);
        doThrow(new InvalidInputException(List.of(new Violation(Worklist.ASSIGNEE, Worklist.ASSIGNEE_MAY_NOT))))
                .when(worklist)
                .assign(eq("other-mission"), eq("intake"), any());

        BulkOutcome outcome = bulk.assign(List.of("a", "other-mission", "b"), " intake ", " On leave until March ");

        assertThat(outcome.tasks())
                .extracting(TaskOutcome::result)
                .containsExactly(Result.DONE, Result.ASSIGNEE_MAY_NOT, Result.DONE);
        verify(worklist).assign("a", "intake", "On leave until March");
        verify(worklist).assign("b", "intake", "On leave until March");
    }

    @Test
    void a_request_without_tasks_or_with_too_many_is_refused_whole() {
        List<String> tooMany = IntStream.rangeClosed(0, BulkTaskActions.MAX_TASKS)
                .mapToObj(i -> "t" + i)
                .toList();

        assertThatThrownBy(() -> bulk.claim(List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(BulkTaskActions.TASK_IDS, BulkTaskActions.REQUIRED)));
        assertThatThrownBy(() -> bulk.claim(tooMany))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(BulkTaskActions.TASK_IDS, BulkTaskActions.TOO_MANY)));
        verify(worklist, never()).claim(anyString());
    }
}
