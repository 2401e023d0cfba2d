package org.safeguard.workbench.internal;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Gives the open user tasks of cases moving to a new model version the due date the new version's
 * model gives them. The engine's migration updates timers and message triggers when asked
 * ({@code updateEventTriggers}) but keeps a task's due date, which it computed when the task was
 * created; most of Safeguard's deadlines are such due dates, so "deadlines follow the new version"
 * must reach them too. Only tasks whose due-date expression differs between the versions change.
 */
@Component
public class TaskDeadlines {

    private final RepositoryService repository;
    private final TaskService tasks;
    private final ProcessEngineConfigurationImpl engine;

    TaskDeadlines(RepositoryService repository, TaskService tasks, ProcessEngineConfigurationImpl engine) {
        this.repository = repository;
        this.tasks = tasks;
        this.engine = engine;
    }

    /** @return how many tasks got a new due date */
    public int followTarget(ProcessDefinition source, ProcessDefinition target, Collection<String> processInstanceIds) {
        Map<String, String> before = dueDates(source);
        Map<String, String> changed = new HashMap<>(dueDates(target));
        changed.entrySet()
                .removeIf(entry ->
                        entry.getValue() == null || Objects.equals(entry.getValue(), before.get(entry.getKey())));
        if (changed.isEmpty() || processInstanceIds.isEmpty()) {
            return 0;
        }
        List<Task> open = tasks.createTaskQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .taskDefinitionKeyIn(changed.keySet().toArray(String[]::new))
                .list();
        for (Task task : open) {
            task.setDueDate(evaluate(changed.get(task.getTaskDefinitionKey()), task.getExecutionId()));
            tasks.saveTask(task);
        }
        return open.size();
    }

    private Map<String, String> dueDates(ProcessDefinition definition) {
        Map<String, String> dueDates = new HashMap<>();
        repository
                .getBpmnModelInstance(definition.getId())
                .getModelElementsByType(UserTask.class)
                .forEach(task -> dueDates.put(task.getId(), task.getCamundaDueDate()));
        return dueDates;
    }

    /** The expression as the engine evaluates a due date: in the task's execution, a date or an ISO text. */
    private Date evaluate(String expression, String executionId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            EnsureUtil.ensureNotNull("execution " + executionId, execution);
            Object value =
                    engine.getExpressionManager().createExpression(expression).getValue(execution);
            if (value instanceof Date date) {
                return date;
            }
            return value == null
                    ? null
                    : Date.from(java.time.OffsetDateTime.parse(value.toString()).toInstant());
        });
    }
}
