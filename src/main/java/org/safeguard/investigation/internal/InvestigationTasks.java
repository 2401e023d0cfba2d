package org.safeguard.investigation.internal;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.tasks.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * Completes the investigation's own user tasks: the task must be of the expected step, what was
 * written goes to the history table, and the engine receives codes only.
 */
@Component
public class InvestigationTasks {

    private final TaskService tasks;
    private final OpenTasks openTasks;
    private final InvestigationMapper mapper;
    private final Clock clock;
    private final CurrentUser user;

    InvestigationTasks(
            TaskService tasks, OpenTasks openTasks, InvestigationMapper mapper, Clock clock, CurrentUser user) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.mapper = mapper;
        this.clock = clock;
        this.user = user;
    }

    /** The investigation the task belongs to; a task of another step or process is not found. */
    public long investigationOf(String taskId, String step) {
        return openTasks.variable(openTasks.open(taskId, step), InvestigationProcess.Variables.INVESTIGATION_ID);
    }

    public void complete(
            String taskId, long investigationId, EventType type, String detail, Map<String, Object> variables) {
        record(investigationId, type, null, detail);
        openTasks.complete(taskId, variables);
    }

    public void record(long investigationId, EventType type, String addressedTo, String detail) {
        mapper.insertEvent(new InvestigationEventRow(
                null, investigationId, type, Date.from(clock.instant()), user.username(), addressedTo, detail));
    }

    /**
     * Who is working on the investigation now: the assignees of the open tasks of its process
     * instance, else the group. Asked by the instance (an index), not by its investigation id (a
     * variable every assigned task of every process would be checked for).
     */
    public String currentAssignees(String processInstanceId) {
        String assignees = String.join(
                ",",
                tasks.createTaskQuery().processInstanceId(processInstanceId).taskAssigned().list().stream()
                        .map(Task::getAssignee)
                        .distinct()
                        .toList());
        return assignees.isEmpty() ? "group:investigator" : assignees;
    }
}
