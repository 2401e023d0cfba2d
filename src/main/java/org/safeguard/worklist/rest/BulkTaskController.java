package org.safeguard.worklist.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.safeguard.worklist.BulkOutcome;
import org.safeguard.worklist.BulkTaskActions;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claiming and reassigning many tasks at once, through the same {@link BulkTaskActions} as the task
 * list: each task checked and changed on its own, a refusal reported for its task.
 */
@RestController
@RequestMapping(path = "/api/tasks/bulk", produces = MediaType.APPLICATION_JSON_VALUE)
class BulkTaskController {

    private final BulkTaskActions bulk;

    BulkTaskController(BulkTaskActions bulk) {
        this.bulk = bulk;
    }

    @Operation(summary = "Claim several tasks offered to the caller's groups", description = """
            Body `{"taskIds": ["…", "…"]}` (at most 200). Each task is claimed on its own, with its checks and \
            audit entry; `tasks[].result` says what happened to each: DONE, NOT_FOUND, TASK_CLOSED, NOT_OFFERED, \
            ALREADY_ASSIGNED or CHANGED_MEANWHILE.""")
    @ApiResponse(responseCode = "200", description = "Every task tried: `done`, `refused` and one result per task")
    @ApiResponse(responseCode = "400", description = "No task ids, or more than 200: nothing was changed")
    @PostMapping(path = "/claim", consumes = MediaType.APPLICATION_JSON_VALUE)
    BulkResponse claim(@RequestBody BulkClaim request) {
        return BulkResponse.of(bulk.claim(request.taskIds() == null ? List.of() : request.taskIds()));
    }

    @Operation(summary = "Reassign several tasks to a colleague, with a reason (managers)", description = """
            Body `{"taskIds": ["…"], "assignee": "investigator2", "reason": "On leave until 3 March"}`. The reason \
            is kept in each task's audit entry. A task the colleague may not do, or whose case they do not see \
            (conflicts of interest included), is refused alone: ASSIGNEE_MAY_NOT.""")
    @ApiResponse(responseCode = "200", description = "Every task tried: `done`, `refused` and one result per task")
    @ApiResponse(
            responseCode = "400",
            description = "No task ids, more than 200, no assignee or no reason: nothing " + "was changed")
    @ApiResponse(responseCode = "403", description = "The caller is no manager: nothing was changed")
    @PostMapping(path = "/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
    BulkResponse assign(@RequestBody BulkAssign request) {
        return BulkResponse.of(bulk.assign(
                request.taskIds() == null ? List.of() : request.taskIds(), request.assignee(), request.reason()));
    }

    record BulkClaim(List<String> taskIds) {}

    record BulkAssign(List<String> taskIds, String assignee, String reason) {}

    /** What happened: how many tasks were changed, how many refused, and each task's result. */
    record BulkResponse(long done, long refused, List<BulkOutcome.TaskOutcome> tasks) {

        static BulkResponse of(BulkOutcome outcome) {
            return new BulkResponse(outcome.done(), outcome.refused().size(), outcome.tasks());
        }
    }
}
