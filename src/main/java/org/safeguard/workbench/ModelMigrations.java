package org.safeguard.workbench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.workbench.internal.MigrationBatchMapper;
import org.safeguard.workbench.internal.MigrationBatchProgress;
import org.safeguard.workbench.internal.MigrationBatchRecord;
import org.safeguard.workbench.internal.TaskDeadlines;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running cases to a new version of their process with the engine's migration API: a plan
 * that maps each activity to the activity of the same id, previewed before it runs and run as a
 * batch whose progress and failures the owner follows (and retries); instances waiting where the
 * new version has no counterpart stay on the old one, and say so. With
 * {@code updateTimers} the migrated instances' timers and message triggers follow the new version
 * (a shorter deadline applies to the cases already running), and so do the due dates of their open
 * user tasks ({@code internal/TaskDeadlines}, set as the batch starts); without, they keep their own.
 */
@Service
public class ModelMigrations {

    /** Retries a failed migration gets back: as many as the engine's retry cycle gives a failing job. */
    static final int RETRIES = 5;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ModelLibrary library;
    private final MigrationBatchMapper batches;
    private final MigrationBatchProgress progress;
    private final TaskDeadlines deadlines;
    private final CurrentUser user;
    private final Clock clock;
    private final AuditTrail audit;

    ModelMigrations(
            RepositoryService repository,
            RuntimeService runtime,
            ModelLibrary library,
            MigrationBatchMapper batches,
            MigrationBatchProgress progress,
            TaskDeadlines deadlines,
            CurrentUser user,
            Clock clock,
            AuditTrail audit) {
        this.repository = repository;
        this.runtime = runtime;
        this.library = library;
        this.batches = batches;
        this.progress = progress;
        this.deadlines = deadlines;
        this.user = user;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public MigrationPreview preview(String key, int from, int to) {
        library.requireOwner();
        ProcessDefinition source = definition(key, from);
        ProcessDefinition target = definition(key, to);
        return preview(key, source, target, plan(source, target, false));
    }

    /**
     * Starts moving {@code processInstanceIds} (all running instances of version {@code from} when
     * empty) to version {@code to} as a batch of the engine: one migration job per instance, run by
     * the job executor, so thousands of cases move without one long transaction and one failing
     * instance stops no other. Chosen instances that cannot move are left behind with the reason;
     * audited with the owner's {@code reason}.
     */
    @Transactional
    public MigrationBatch start(
            String key, int from, int to, Collection<String> processInstanceIds, boolean updateTimers, String reason) {
        library.requireOwner();
        String why = ModelLibrary.requireReason(reason);
        if (from == to) {
            throw new InvalidInputException(List.of(new Violation("to", "must differ from the version migrated from")));
        }
        ProcessDefinition source = definition(key, from);
        ProcessDefinition target = definition(key, to);
        MigrationPlan plan = plan(source, target, updateTimers);
        Selection chosen = select(preview(key, source, target, plan), processInstanceIds);
        if (chosen.moving().isEmpty()) {
            throw new InvalidInputException(List.of(new Violation(
                    "processInstanceIds",
                    "none can move to version " + to
                            + (chosen.staying().isEmpty()
                                    ? ": no instance runs on version " + from
                                    : ": "
                                            + String.join(
                                                    "; ",
                                                    chosen.staying().stream()
                                                            .map(i -> i.processInstanceId() + " " + i.reason())
                                                            .toList())))));
        }
        if (updateTimers) {
            deadlines.followTarget(source, target, chosen.moving());
        }
        Batch batch =
                runtime.newMigration(plan).processInstanceIds(chosen.moving()).executeAsync();
        batches.insert(new MigrationBatchRecord(
                batch.getId(),
                key,
                from,
                to,
                chosen.moving().size(),
                updateTimers,
                user.username(),
                clock.instant(),
                why));
        audit.record(new AuditEntry(
                AuditAction.MODEL_INSTANCES_MIGRATED,
                null,
                key,
                "batch=" + batch.getId() + " v" + from + "->v" + to + " instances="
                        + chosen.moving().size() + " left=" + chosen.staying().size()
                        + (updateTimers ? " timers=new" : " timers=kept"),
                why));
        return new MigrationBatch(batch.getId(), key, from, to, chosen.moving().size(), chosen.staying());
    }

    /** How far batch {@code batchId} has come, with each failed instance and the reason. */
    @Transactional(readOnly = true)
    public MigrationProgress progress(String batchId) {
        library.requireOwner();
        return progress.of(batch(batchId));
    }

    /**
     * Gives the batch's failed migrations their retries back (after the cause was fixed), so the job
     * executor runs them again; audited. Nothing happens when nothing failed.
     */
    @Transactional
    public MigrationProgress retry(String batchId) {
        library.requireOwner();
        MigrationBatchRecord batch = batch(batchId);
        MigrationProgress before = progress.of(batch);
        if (progress.retry(batch, RETRIES)) {
            audit.record(new AuditEntry(
                    AuditAction.MODEL_MIGRATION_RETRIED,
                    null,
                    batch.processKey(),
                    "batch=" + batchId + " v" + batch.fromVersion() + "->v" + batch.toVersion() + " failed="
                            + before.failed(),
                    null));
        }
        return progress.of(batch);
    }

    /** The migration batches started for {@code key}, newest first, finished ones included. */
    @Transactional(readOnly = true)
    public List<MigrationProgress> batches(String key) {
        library.requireOwner();
        return batches.findByKey(key).stream().map(progress::of).toList();
    }

    private MigrationBatchRecord batch(String batchId) {
        MigrationBatchRecord batch = batches.find(batchId);
        if (batch == null) {
            throw new NotFoundException("Migration batch " + batchId);
        }
        return batch;
    }

    /** The chosen instances (all when none is named) that move, and those that stay; strangers are refused. */
    private static Selection select(MigrationPreview preview, Collection<String> processInstanceIds) {
        Set<String> chosen = new LinkedHashSet<>(processInstanceIds == null ? List.of() : processInstanceIds);
        List<String> moving = new ArrayList<>();
        List<MigrationPreview.InstanceMove> staying = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (MigrationPreview.InstanceMove instance : preview.instances()) {
            known.add(instance.processInstanceId());
            if (chosen.isEmpty() || chosen.contains(instance.processInstanceId())) {
                if (instance.moves()) {
                    moving.add(instance.processInstanceId());
                } else {
                    staying.add(instance);
                }
            }
        }
        List<String> strangers =
                chosen.stream().filter(id -> !known.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidInputException(List.of(new Violation(
                    "processInstanceIds",
                    "not running on " + preview.key() + " version " + preview.fromVersion() + ": "
                            + String.join(", ", strangers))));
        }
        return new Selection(moving, staying);
    }

    private record Selection(List<String> moving, List<MigrationPreview.InstanceMove> staying) {}

    private MigrationPreview preview(
            String key, ProcessDefinition source, ProcessDefinition target, MigrationPlan plan) {
        int to = target.getVersion();
        List<MigrationPreview.ActivityMapping> mappings = plan.getInstructions().stream()
                .map(i -> new MigrationPreview.ActivityMapping(i.getSourceActivityId(), i.getTargetActivityId()))
                .toList();
        Set<String> mapped = new LinkedHashSet<>();
        plan.getInstructions().stream()
                .map(MigrationInstruction::getSourceActivityId)
                .forEach(mapped::add);
        Set<String> inTarget = new LinkedHashSet<>();
        repository
                .getBpmnModelInstance(target.getId())
                .getModelElementsByType(FlowNode.class)
                .forEach(node -> inTarget.add(node.getId()));
        List<String> unmapped =
                repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class).stream()
                        .map(FlowNode::getId)
                        .filter(id -> !inTarget.contains(id))
                        .sorted()
                        .toList();
        List<MigrationPreview.InstanceMove> instances = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionId(source.getId())
                .orderByProcessInstanceId()
                .asc()
                .list()) {
            List<String> waiting = runtime.getActiveActivityIds(instance.getId());
            List<String> missing =
                    waiting.stream().filter(id -> !mapped.contains(id)).toList();
            instances.add(new MigrationPreview.InstanceMove(
                    instance.getId(),
                    instance.getBusinessKey(),
                    waiting,
                    missing.isEmpty(),
                    missing.isEmpty()
                            ? null
                            : "waits at " + String.join(", ", missing) + ", which version " + to + " does not have"));
        }
        return new MigrationPreview(key, source.getVersion(), to, mappings, unmapped, instances);
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, boolean updateTimers) {
        try {
            var instructions =
                    runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
            return (updateTimers ? instructions.updateEventTriggers() : instructions).build();
        } catch (MigrationPlanValidationException e) {
            throw new InvalidInputException(List.of(new Violation(
                    "to", "no migration plan from version " + source.getVersion() + ": " + e.getMessage())));
        }
    }

    private ProcessDefinition definition(String key, int version) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(version)
                .singleResult();
        if (definition == null) {
            throw new NotFoundException("Process " + key + " version " + version);
        }
        return definition;
    }
}
