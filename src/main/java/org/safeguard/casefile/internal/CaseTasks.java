package org.safeguard.casefile.internal;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The open user tasks of a case's lifecycle, as the typed completion methods see them: a task
 * is found only if it is open and of the expected kind, so a stale or forged task id changes nothing.
 */
@Component
public class CaseTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;

    CaseTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    public OpenTask open(String taskId, String taskDefinitionKey) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(taskDefinitionKey).singleResult();
        if (task == null) {
            throw new NotFoundException("Open task " + taskId);
        }
        String reference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return new OpenTask(task.getId(), reference, (Long) tasks.getVariable(task.getId(), "subjectGroupId"));
    }

    public <T> T variable(OpenTask task, String name, Class<T> type) {
        return type.cast(tasks.getVariable(task.id(), name));
    }

    public void complete(OpenTask task, Map<String, Object> variables) {
        tasks.complete(task.id(), variables);
    }

    /** An open task with the case it belongs to and, inside a subject group's branch, the group. */
    public record OpenTask(String id, String caseReference, Long subjectGroupId) {
    }
}
