package org.safeguard.base.tasks;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The open user tasks behind every feature's typed completion methods: a task is found only if
 * it is open and of the expected kind, so a stale or forged task id changes nothing.
 */
@Component
public class OpenTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;

    OpenTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** @throws NotFoundException when no open task of that kind has that id */
    public OpenTask open(String taskId, String taskDefinitionKey) {
        Task task = taskId == null ? null
                : tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(taskDefinitionKey).singleResult();
        if (task == null) {
            throw new NotFoundException("Open task " + taskId + " (" + taskDefinitionKey + ")");
        }
        String reference = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return new OpenTask(task.getId(), reference);
    }

    /** A variable visible from the task, e.g. the subject group of the branch it belongs to. */
    public <T> T variable(OpenTask task, String name, Class<T> type) {
        return type.cast(tasks.getVariable(task.id(), name));
    }

    public void complete(OpenTask task, Map<String, Object> variables) {
        tasks.complete(task.id(), variables);
    }

    /** An open task with the reference of the case its process belongs to (the business key). */
    public record OpenTask(String id, String caseReference) {
    }
}
