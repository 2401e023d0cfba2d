package org.safeguard.casefile;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's task a subject group's branch waits at when its case would reach investigation
 * with no investigator who may see it: the manager puts investigators on the case's team
 * ({@link CaseTeams}), then completes the task, and only then does the investigation start.
 * Adding a member never completes it by itself: the manager decides when the team is ready.
 */
@Service
public class InvestigationTeamAssignment {
    /** The field a refused completion names, and why (English, as the API gives it). */
    public static final String TEAM = "team";

    public static final String NO_INVESTIGATOR = "needs at least one investigator who may see the case";

    private final OpenTasks tasks;
    private final TaskService engineTasks;
    private final CaseTeams teams;
    private final CaseAccess access;
    private final CurrentUser user;

    InvestigationTeamAssignment(
            OpenTasks tasks, TaskService engineTasks, CaseTeams teams, CaseAccess access, CurrentUser user) {
        this.tasks = tasks;
        this.engineTasks = engineTasks;
        this.teams = teams;
        this.access = access;
        this.user = user;
    }

    /**
     * The team is ready: the investigation of the task's subject group starts.
     *
     * @throws InvalidInputException (field {@code team}) while no investigator on the team may see the case
     * @throws AccessDeniedException when the user is not a manager
     */
    @Transactional
    public void teamAssigned(String taskId) {
        if (!mayComplete()) {
            throw new AccessDeniedException("Only managers assign investigation teams");
        }
        OpenTask task = tasks.open(taskId, SeaCaseProcess.Element.user_assign_investigation_team.id());
        if (!teams.hasInvestigatorWhoSees(task.caseReference())) {
            throw new InvalidInputException(List.of(new Violation(TEAM, NO_INVESTIGATOR)));
        }
        tasks.complete(task, Map.of());
    }

    /** Whether the user may complete the task: managers, to whose group it is offered. */
    public boolean mayComplete() {
        return user.isSystem() || user.hasAnyRole(Role.MANAGER);
    }

    /** The ids of the case's open "assign the investigation team" tasks: one per subject group waiting. */
    @Transactional(readOnly = true)
    public List<String> waitingTasks(String reference) {
        access.requireVisible(reference);
        return engineTasks
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(SeaCaseProcess.Element.user_assign_investigation_team.id())
                .active()
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(Task::getId)
                .toList();
    }
}
