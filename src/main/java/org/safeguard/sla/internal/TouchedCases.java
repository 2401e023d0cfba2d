package org.safeguard.sla.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.safeguard.sla.SlaClockProjection;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * What one transaction changed of the engine's state that the clocks follow: the cases whose
 * clocks are derived again before it commits (or the process instances whose case is still to be
 * looked up), and the open tasks that only changed themselves, whose clock alone is set again when
 * nothing else touched their case.
 */
final class TouchedCases implements TransactionSynchronization {

    private final SlaClockProjection projection;
    private final Set<String> cases = new LinkedHashSet<>();
    private final Set<String> instances = new LinkedHashSet<>();
    private final Map<String, TaskChange> tasks = new LinkedHashMap<>();

    TouchedCases(SlaClockProjection projection) {
        this.projection = projection;
    }

    /** Something of the instance changed: its case's clocks are derived again. */
    void instanceChanged(String instance, String businessKey) {
        if (businessKey != null) {
            cases.add(businessKey);
        } else {
            instances.add(instance);
        }
    }

    /** Only the open task itself changed (assignee, due date, name). */
    void taskChanged(String taskId, String instance, String businessKey) {
        tasks.put(taskId, new TaskChange(instance, businessKey));
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        Set<String> alone = new LinkedHashSet<>();
        tasks.forEach((taskId, change) -> {
            if (!instances.contains(change.instance()) && !cases.contains(change.businessKey())) {
                alone.add(taskId);
            }
        });
        projection.refresh(cases, instances, alone);
    }

    private record TaskChange(String instance, String businessKey) {}
}
