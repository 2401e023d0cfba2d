package org.safeguard.workbench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safeguard.workbench.FailedMigration;
import org.safeguard.workbench.MigrationProgress;
import org.springframework.stereotype.Component;

/**
 * Reads a migration batch's progress from the engine's batch statistics, counted in instances (a
 * job may migrate several), and lists each instance of a job that ran out of retries with the
 * engine's message. A batch the engine no longer holds has finished: its monitor job removes it
 * once every migration job has succeeded.
 */
@Component
public class MigrationBatchProgress {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final MigrationBatchMapper batches;
    private final ObjectMapper json;

    MigrationBatchProgress(
            ManagementService management, RuntimeService runtime, MigrationBatchMapper batches, ObjectMapper json) {
        this.management = management;
        this.runtime = runtime;
        this.batches = batches;
        this.json = json;
    }

    public MigrationProgress of(MigrationBatchRecord batch) {
        BatchStatistics statistics = statistics(batch.batchId());
        if (statistics == null) {
            return progress(batch, batch.instances(), List.of(), 0);
        }
        List<FailedMigration> failures = failures(statistics.getBatchJobDefinitionId());
        int total = batch.instances();
        int done = Math.min(
                total - failures.size(),
                statistics.getCompletedJobs() * Math.max(1, statistics.getInvocationsPerBatchJob()));
        return progress(batch, done, failures, total - done - failures.size());
    }

    /**
     * Gives the batch's failed migration jobs {@code retries} again (their incidents resolve).
     *
     * @return whether any job had failed
     */
    public boolean retry(MigrationBatchRecord batch, int retries) {
        BatchStatistics statistics = statistics(batch.batchId());
        if (statistics == null || statistics.getFailedJobs() == 0) {
            return false;
        }
        management.setJobRetriesByJobDefinitionId(statistics.getBatchJobDefinitionId(), retries);
        return true;
    }

    private BatchStatistics statistics(String batchId) {
        return management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    }

    private List<FailedMigration> failures(String jobDefinitionId) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FailedBatchJob job : batches.failedJobs(jobDefinitionId)) {
            instancesOf(job).forEach(instance -> messages.put(instance, readable(job.message())));
        }
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<String, String> references =
                runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(messages.keySet())).list().stream()
                        .filter(instance -> instance.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        List<FailedMigration> failures = new ArrayList<>();
        messages.forEach(
                (instance, message) -> failures.add(new FailedMigration(instance, references.get(instance), message)));
        return List.copyOf(failures);
    }

    private List<String> instancesOf(FailedBatchJob job) {
        try {
            JsonNode ids = json.readTree(job.configuration()).path("processInstanceIds");
            List<String> instances = new ArrayList<>();
            ids.forEach(id -> instances.add(id.asText()));
            return instances;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable configuration of batch job " + job.jobId(), e);
        }
    }

    /** The engine's message without its codes and layout: "ENGINE-23004 Cannot migrate …:\n\t…". */
    static String readable(String message) {
        if (message == null || message.isBlank()) {
            return "The migration failed without a message from the engine";
        }
        return message.replaceAll("ENGINE-\\d+\\s*", "")
                .replaceAll("\\s*[\\r\\n]+\\s*", " ")
                .strip();
    }

    private static MigrationProgress progress(
            MigrationBatchRecord batch, int migrated, List<FailedMigration> failures, int remaining) {
        return new MigrationProgress(
                batch.batchId(),
                batch.processKey(),
                batch.fromVersion(),
                batch.toVersion(),
                batch.instances(),
                migrated,
                failures.size(),
                remaining,
                remaining == 0 && failures.isEmpty(),
                failures,
                batch.startedAt(),
                batch.startedBy());
    }
}
