package org.safeguard.casefile.rest;

import java.util.List;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.tasks.Confirmation;
import org.safeguard.base.tasks.TaskCompletion;
import org.safeguard.base.tasks.TaskCompletionProvider;
import org.safeguard.casefile.InvestigationTeamAssignment;
import org.springframework.stereotype.Component;

/**
 * The task API's body for "assign the investigation team": none, the team is put together with
 * {@code PUT /api/cases/{reference}/team/{username}} first; the completion is refused while no
 * investigator on it may see the case.
 */
@Component
class TeamTaskCompletions implements TaskCompletionProvider {

    private final InvestigationTeamAssignment assignment;

    TeamTaskCompletions(InvestigationTeamAssignment assignment) {
        this.assignment = assignment;
    }

    @Override
    public List<TaskCompletion<?>> completions() {
        return List.of(TaskCompletion.of(
                SeaCaseProcess.Element.user_assign_investigation_team.id(),
                Confirmation.class,
                (taskId, body) -> assignment.teamAssigned(taskId)));
    }
}
