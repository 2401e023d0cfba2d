package org.safeguard.base.tasks;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.CaseVisibility;
import org.springframework.stereotype.Component;

/**
 * Tells a task that is no longer open from one that never was or is none of the user's business,
 * from the engine's history: only a user who may see the task's case learns that it existed.
 */
@Component
public class ClosedTasks {

    private final HistoryService history;
    private final CaseVisibility cases;

    ClosedTasks(HistoryService history, CaseVisibility cases) {
        this.history = history;
        this.cases = cases;
    }

    /**
     * What to answer instead of {@code notFound}, raised for an open task {@code taskId}:
     * {@link TaskClosedException} when the task has ended in a case the user sees, else {@code notFound}.
     */
    // No transaction of its own: the scope check's "not found" would mark a surrounding one rollback-only.
    public RuntimeException explain(String taskId, NotFoundException notFound) {
        HistoricTaskInstance task = taskId == null
                ? null
                : history.createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return notFound;
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return notFound;
        }
        try {
            cases.requireVisible(instance.getBusinessKey());
        } catch (NotFoundException outOfScope) {
            return notFound;
        }
        return new TaskClosedException(taskId);
    }
}
