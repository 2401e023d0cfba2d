package org.safeguard.base.tasks;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.processes.ProcessVariable;
import org.safeguard.base.security.CaseVisibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open user tasks behind every feature's typed completion methods: a task is found only if
 * it is open and of the expected kind, so a stale or forged task id changes nothing.
 */
@Component
public class OpenTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final CaseVisibility cases;

    public OpenTasks(TaskService tasks, RuntimeService runtime, AuditTrail audit, CaseVisibility cases) {
        this.tasks = tasks;
        this.cases = cases;
        this.runtime = runtime;
        this.audit = audit;
    }

    /**
     * @throws NotFoundException when no open task of that kind has that id in a case the user may
     *                           see, or its process belongs to no case
     */
    public OpenTask open(String taskId, String taskDefinitionKey) {
        Task task = taskId == null
                ? null
                : tasks.createTaskQuery()
                        .taskId(taskId)
                        .taskDefinitionKey(taskDefinitionKey)
                        .singleResult();
        if (task == null) {
            throw new NotFoundException("Open task " + taskId + " (" + taskDefinitionKey + ")");
        }
        String reference = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        if (reference == null) {
            // E.g. an instance started through the engine's REST API without a business key.
            throw new NotFoundException("Open task " + taskId + " of no case");
        }
        cases.requireVisible(reference);
        return new OpenTask(task.getId(), reference, task.getTaskDefinitionKey());
    }

    /**
     * The open task {@code taskId} if it is element {@code taskDefinitionKey} of a {@code processKey}
     * instance and its {@code owner} variable holds {@code ownerId}, so work recorded for one victim,
     * referral or engagement cannot complete another's task.
     *
     * @throws NotFoundException when it is not, or {@link #open(String, String)} does not find it
     */
    public OpenTask openOf(
            String processKey, String taskId, String taskDefinitionKey, ProcessVariable<Long> owner, long ownerId) {
        Task task = taskId == null
                ? null
                : tasks.createTaskQuery()
                        .taskId(taskId)
                        .processDefinitionKey(processKey)
                        .taskDefinitionKey(taskDefinitionKey)
                        .singleResult();
        if (task == null || !Long.valueOf(ownerId).equals(tasks.getVariable(taskId, owner.name()))) {
            throw new NotFoundException("Open task " + taskId + " (" + taskDefinitionKey + ")");
        }
        return open(taskId, taskDefinitionKey);
    }

    /** A variable visible from the task, e.g. the subject group of the branch it belongs to. */
    public <T> T variable(OpenTask task, ProcessVariable<T> variable) {
        return variable.type().cast(tasks.getVariable(task.id(), variable.name()));
    }

    /** Completes the task and writes one audit entry for it; both commit together or neither does. */
    @Transactional
    public void complete(OpenTask task, Map<String, Object> variables) {
        CaseWorkPermit.completing(task.id(), () -> tasks.complete(task.id(), variables));
        audit.record(AuditEntry.of(AuditAction.TASK_COMPLETED, task.caseReference(), task.id(), task.kind()));
    }

    /** Completes an open task of whatever kind the caller has already checked, with its audit entry. */
    @Transactional
    public void complete(String taskId, Map<String, Object> variables) {
        Task task =
                taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("Open task " + taskId);
        }
        complete(open(taskId, task.getTaskDefinitionKey()), variables);
    }

    /**
     * An open task with the reference of the case its process belongs to (the business key).
     *
     * @param kind the task's definition key, e.g. {@code user_assess_allegation}
     */
    public record OpenTask(String id, String caseReference, String kind) {}
}
