package org.safeguard.casefile.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safeguard.casefile.StrandedReason;
import org.safeguard.casefile.StrandedTask;
import org.safeguard.casefile.UnassignedWork;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers: the open tasks no one can see or claim, and those no one has claimed for too long
 * ({@code GET /api/tasks/unreachable}). A path of its own beside the task API's {@code /api/tasks/{id}}:
 * Spring prefers the literal segment.
 */
@RestController
class UnassignedWorkController {

    private final UnassignedWork work;

    UnassignedWorkController(UnassignedWork work) {
        this.work = work;
    }

    @GetMapping(path = "/api/tasks/unreachable", produces = MediaType.APPLICATION_JSON_VALUE)
    UnassignedWorkPage unreachable() {
        List<UnreachableTask> items =
                work.tasks().stream().map(UnreachableTask::of).toList();
        return new UnassignedWorkPage(work.settings().unclaimedAfter(), items);
    }

    /** @param unclaimedAfter how old an unassigned task someone could claim is when it joins the list */
    record UnassignedWorkPage(Duration unclaimedAfter, List<UnreachableTask> items) {}

    /**
     * @param reason {@code NO_ONE_CAN_WORK}, {@code ASSIGNEE_CANNOT_WORK} or {@code UNCLAIMED}
     * @param team   where a manager puts investigators on the case's team
     */
    record UnreachableTask(
            String id,
            String kind,
            String name,
            String caseReference,
            String entity,
            Instant created,
            Instant due,
            String assignee,
            StrandedReason reason,
            String team) {

        static UnreachableTask of(StrandedTask task) {
            return new UnreachableTask(
                    task.taskId(),
                    task.kind(),
                    task.name(),
                    task.caseReference(),
                    task.entity(),
                    task.created(),
                    task.due(),
                    task.assignee(),
                    task.reason(),
                    "/api/cases/" + task.caseReference() + "/team");
        }
    }
}
