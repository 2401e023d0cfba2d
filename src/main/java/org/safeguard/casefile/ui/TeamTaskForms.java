package org.safeguard.casefile.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.casefile.CaseTeams;
import org.safeguard.casefile.InvestigationTeamAssignment;

/** The form of the manager's "assign the investigation team" task, completed through the typed service. */
@org.springframework.stereotype.Component
class TeamTaskForms implements TaskFormProvider {

    private final InvestigationTeamAssignment assignment;
    private final CaseTeams teams;
    private final OpenTasks tasks;

    TeamTaskForms(InvestigationTeamAssignment assignment, CaseTeams teams, OpenTasks tasks) {
        this.assignment = assignment;
        this.teams = teams;
        this.tasks = tasks;
    }

    @Override
    public Set<String> taskKinds() {
        return Set.of(SeaCaseProcess.Element.user_assign_investigation_team.id());
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        String reference = tasks.open(taskId, SeaCaseProcess.Element.user_assign_investigation_team.id())
                .caseReference();
        InvestigationTeamForm form = new InvestigationTeamForm(reference, teams.team(reference));
        return form.completesWith(() -> assignment.teamAssigned(taskId), completed);
    }
}
