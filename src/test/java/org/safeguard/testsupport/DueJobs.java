package org.safeguard.testsupport;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a case's due jobs as the job executor would, for tests where it is off: never sleeping, and
 * one job at a time, asking again after each, because a job can remove or change the others (a
 * sibling's async continuation, a cancelled boundary timer) and running a stale one fails with an
 * optimistic-locking error the executor itself would never meet.
 */
public final class DueJobs {

    private final RuntimeService runtime;
    private final ManagementService management;

    public DueJobs(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Runs every job of the case's process instances that is due, until none is. */
    public void runFor(String caseReference) {
        Optional<Job> due;
        while ((due = nextDue(caseReference)).isPresent()) {
            management.executeJob(due.get().getId());
        }
    }

    /**
     * Fires the case's timer waiting at {@code activityId} as the job executor would once its date
     * came (time moves by the timer's job, never by sleeping), then runs the jobs it makes due.
     */
    public void fireTimer(String caseReference, String activityId) {
        runFor(caseReference);
        Job timer = instancesOf(caseReference).stream()
                .flatMap(id ->
                        management
                                .createJobQuery()
                                .processInstanceId(id)
                                .timers()
                                .activityId(activityId)
                                .list()
                                .stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No timer at " + activityId + " in " + caseReference));
        management.executeJob(timer.getId());
        runFor(caseReference);
    }

    /**
     * Runs the batch as the job executor would: its seed job, each of its jobs until it succeeds
     * or has no retry left (a failure takes a retry off, as the executor's failure handling does),
     * then its monitor.
     */
    public void runBatch(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        runJobsOfDefinition(batch.getSeedJobDefinitionId());
        runJobsOfDefinition(batch.getBatchJobDefinitionId());
        management
                .createJobQuery()
                .jobDefinitionId(batch.getMonitorJobDefinitionId())
                .list()
                .forEach(monitor -> management.executeJob(monitor.getId()));
    }

    /** True when no job of the case is due: the job executor, where it runs, is done with the case for now. */
    public boolean noneDueFor(String caseReference) {
        return nextDue(caseReference).isEmpty();
    }

    private void runJobsOfDefinition(String jobDefinitionId) {
        Optional<Job> next;
        while ((next =
                        management
                                .createJobQuery()
                                .jobDefinitionId(jobDefinitionId)
                                .withRetriesLeft()
                                .listPage(0, 1)
                                .stream()
                                .findFirst())
                .isPresent()) {
            try {
                management.executeJob(next.get().getId());
            } catch (RuntimeException failed) {
                // the engine took a retry off the job, as the job executor's failure handling does
            }
        }
    }

    private Optional<Job> nextDue(String caseReference) {
        return instancesOf(caseReference).stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().active().list().stream())
                .findFirst();
    }

    private List<String> instancesOf(String caseReference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
                .map(instance -> instance.getId())
                .toList();
    }
}
