package org.safeguard.worklist.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.function.Supplier;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.tasks.ClosedTasks;
import org.safeguard.casefile.AllegationType;
import org.safeguard.worklist.DueState;
import org.safeguard.worklist.TaskCompletions;
import org.safeguard.worklist.TaskCount;
import org.safeguard.worklist.TaskFilter;
import org.safeguard.worklist.TaskNotAssignedException;
import org.safeguard.worklist.TaskOrder;
import org.safeguard.worklist.TaskQueue;
import org.safeguard.worklist.Worklist;
import org.safeguard.worklist.WorklistTask;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safeguard's task API: the task list as the UI shows it, claiming and reassigning through
 * {@link Worklist}, and completion with a typed body per task kind through the feature that owns
 * the task. A task outside the caller's scope is 404; one that has ended in a case the caller sees
 * is 409.
 */
@RestController
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class TaskController {

    static final int MAX_PAGE = 200;

    private final Worklist worklist;
    private final TaskCompletions completions;
    private final ClosedTasks closedTasks;
    private final ObjectMapper bodies;

    TaskController(Worklist worklist, TaskCompletions completions, ClosedTasks closedTasks, ObjectMapper json) {
        this.worklist = worklist;
        this.completions = completions;
        this.closedTasks = closedTasks;
        // Strict, unlike intake: a field the kind does not take, or a yes/no left out, means the
        // caller sent another kind's body; guessing would complete the task with a default.
        this.bodies = json.copy()
                .enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Operation(summary = "The caller's open tasks, soonest due first", description = """
            `queue`: MINE (assigned to the caller), MY_GROUPS (offered to the caller's roles, to claim) or ALL \
            (managers). Filters: `entity`, `allegationType`, `state` (ON_TRACK, AT_RISK, OVERDUE), `text` (part of \
            a case reference or task name). Sort by `sort` (DUE, the default, CREATED or TASK) and `descending`. \
            Page by `offset`/`limit`, or pass the last task's id as `after` to read on from it (sorted by due \
            date; other orders read by offset). `count` stops at 1000 (`more`: true beyond).""")
    @GetMapping
    TaskPage list(
            @RequestParam(defaultValue = "MINE") TaskQueue queue,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) AllegationType allegationType,
            @RequestParam(required = false) DueState state,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "DUE") TaskOrder.By sort,
            @RequestParam(defaultValue = "false") boolean descending,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "A task id: the page after it") @RequestParam(required = false) String after) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException(List.of(new Violation(
                    offset < 0 ? "offset" : "limit",
                    offset < 0 ? "must be 0 or more" : "must be between 1 and " + MAX_PAGE)));
        }
        TaskFilter filter = new TaskFilter(entity, allegationType, state, null).withText(text);
        TaskOrder order = new TaskOrder(sort, descending);
        List<WorklistTask> tasks = after == null
                ? worklist.tasks(queue, filter, order, offset, limit)
                : worklist.tasksAfter(queue, filter, order, after, offset, limit);
        return new TaskPage(
                worklist.count(queue, filter),
                tasks.stream().map(TaskSummary::of).toList());
    }

    @Operation(summary = "One open task, with the JSON Schema of the body that completes it")
    @ApiResponse(responseCode = "404", description = "No open task with that id in the caller's scope")
    @GetMapping("/{id}")
    TaskDetails read(@PathVariable String id) {
        WorklistTask task = whileOpen(id, () -> worklist.task(id));
        return TaskDetails.of(
                task, completions.of(task.kind()).map(CompletionSchemas::of).orElse(null));
    }

    @Operation(summary = "Claim a task offered to one of the caller's groups")
    @ApiResponse(responseCode = "204", description = "Claimed: the task is the caller's")
    @ApiResponse(responseCode = "400", description = "Already assigned (errors[{field: task}])")
    @ApiResponse(responseCode = "403", description = "Not offered to the caller's groups")
    @ApiResponse(responseCode = "409", description = "The task has ended")
    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        whileOpen(id, () -> worklist.claim(id));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Give the caller's task back to its groups (managers: anyone's)")
    @ApiResponse(responseCode = "204", description = "Back in its groups' queue")
    @ApiResponse(responseCode = "403", description = "Not the caller's task, and the caller is no manager")
    @ApiResponse(responseCode = "409", description = "The task has ended")
    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        whileOpen(id, () -> worklist.unclaim(id));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Give a task to a colleague (managers: any task; others: their own)", description = """
            Body `{"assignee": "investigator2", "reason": "optional"}`: a user of the task's groups who sees its \
            case, conflicts of interest left out. The reason goes to the audit trail.""")
    @ApiResponse(responseCode = "204", description = "Reassigned")
    @ApiResponse(responseCode = "400", description = "No such candidate (errors[{field: assignee}])")
    @ApiResponse(responseCode = "403", description = "The caller is no manager and the task is not theirs")
    @ApiResponse(responseCode = "409", description = "The task has ended")
    @PostMapping(path = "/{id}/assignee", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> reassign(@PathVariable String id, @RequestBody AssigneeChange change) {
        whileOpen(id, () -> worklist.assign(id, change.assignee(), change.reason()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Complete a task of the caller's with the body of its kind", description = """
            The body is the task kind's (see `completion.schema` of the task, and the schemas named \
            <Kind>Body): the same rules as the task's form in the UI, checked by the same service, and the same \
            audit entry. Claim the task first.""")
    @ApiResponse(responseCode = "204", description = "Completed; the process moves on")
    @ApiResponse(
            responseCode = "400",
            description = "The body breaks the kind's rules or is not the kind's body: "
                    + "errors[{field, reason}]; nothing was recorded")
    @ApiResponse(responseCode = "404", description = "No open task with that id in the caller's scope")
    @ApiResponse(
            responseCode = "409",
            description = "The task has ended (reason TASK_CLOSED), or is not assigned "
                    + "to the caller (reason NOT_CLAIMED, ASSIGNED_TO_SOMEONE_ELSE); nothing was recorded")
    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody JsonNode body) throws JsonProcessingException {
        try {
            completions.complete(id, type -> typed(body, type));
        } catch (NotFoundException notFound) {
            throw closedTasks.explain(id, notFound);
        }
        return ResponseEntity.noContent().build();
    }

    private Object typed(JsonNode body, Class<?> type) throws JsonProcessingException {
        Object typed = bodies.treeToValue(body, type);
        if (typed == null) {
            throw new InvalidInputException(List.of(new Violation("body", "is required")));
        }
        return typed;
    }

    @ExceptionHandler(TaskNotAssignedException.class)
    ResponseEntity<ProblemDetail> notAssigned(TaskNotAssignedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                e.getMessage() + (e.unclaimed() ? ": claim it first." : ": only its assignee completes it.")
                        + " Nothing was recorded.");
        problem.setProperty("reason", e.unclaimed() ? "NOT_CLAIMED" : "ASSIGNED_TO_SOMEONE_ELSE");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Runs a step on an open task; "not found" becomes 409 when the task has ended in a case the caller sees. */
    private <T> T whileOpen(String taskId, Supplier<T> step) {
        try {
            return step.get();
        } catch (NotFoundException notFound) {
            throw closedTasks.explain(taskId, notFound);
        }
    }

    private void whileOpen(String taskId, Runnable step) {
        whileOpen(taskId, () -> {
            step.run();
            return null;
        });
    }

    /** The request body of a reassignment. */
    record AssigneeChange(String assignee, String reason) {}

    /** A page of tasks; {@code count} counts the whole list up to {@link TaskCount#LIMIT}. */
    record TaskPage(TaskCount count, List<TaskSummary> items) {}
}
