package org.safeguard.base.process;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/**
 * The timers still to fire in the running instances that carry a given id as a variable, e.g. the
 * reminder and escalation ladder of one Member State engagement. The engine holds the due dates
 * it will act on, so this is what the deadlines really are, not a second calculation of them.
 */
@Service
public class PendingTimers {

    private final RuntimeService runtime;
    private final ManagementService management;

    PendingTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Soonest first; empty when no running instance has {@code variable} equal to {@code id}. */
    public List<PendingTimer> ofInstancesWith(String variable, long id) {
        return runtime.createProcessInstanceQuery().variableValueEquals(variable, id).list().stream()
                .flatMap(instance ->
                        management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream())
                .map(this::pending)
                .sorted(Comparator.comparing(PendingTimer::due))
                .toList();
    }

    private PendingTimer pending(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null
                ? null
                : management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult();
        return new PendingTimer(
                definition == null ? "" : definition.getActivityId(),
                job.getDuedate().toInstant());
    }
}
