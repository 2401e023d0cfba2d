package org.safeguard.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running cases to a new version of their process with the engine's migration API: a plan
 * that maps each activity to the activity of the same id, previewed before it runs; instances
 * waiting where the new version has no counterpart stay on the old one, and say so. With
 * {@code updateTimers} the migrated instances' timers and message triggers follow the new version
 * (a shorter deadline applies to the cases already running); without, they keep their own.
 */
@Service
public class ModelMigrations {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ModelLibrary library;
    private final AuditTrail audit;

    ModelMigrations(RepositoryService repository, RuntimeService runtime, ModelLibrary library, AuditTrail audit) {
        this.repository = repository;
        this.runtime = runtime;
        this.library = library;
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
     * Migrates {@code processInstanceIds} (all running instances of version {@code from} when empty)
     * to version {@code to}, in one transaction; audited with the owner's {@code reason}.
     */
    @Transactional
    public MigrationResult migrate(String key, int from, int to, Collection<String> processInstanceIds,
                                   boolean updateTimers, String reason) {
        library.requireOwner();
        String why = ModelLibrary.requireReason(reason);
        ProcessDefinition source = definition(key, from);
        ProcessDefinition target = definition(key, to);
        MigrationPlan plan = plan(source, target, updateTimers);
        MigrationPreview preview = preview(key, source, target, plan);
        Set<String> chosen = new LinkedHashSet<>(processInstanceIds == null ? List.of() : processInstanceIds);
        List<String> moving = new ArrayList<>();
        List<MigrationPreview.InstanceMove> staying = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (MigrationPreview.InstanceMove instance : preview.instances()) {
            known.add(instance.processInstanceId());
            if (!chosen.isEmpty() && !chosen.contains(instance.processInstanceId())) {
                continue;
            }
            if (instance.moves()) {
                moving.add(instance.processInstanceId());
            } else {
                staying.add(instance);
            }
        }
        List<String> strangers = chosen.stream().filter(id -> !known.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidInputException(List.of(new Violation("processInstanceIds",
                    "not running on " + key + " version " + from + ": " + String.join(", ", strangers))));
        }
        if (!moving.isEmpty()) {
            runtime.newMigration(plan).processInstanceIds(moving).execute();
        }
        audit.record(new AuditEntry(AuditAction.MODEL_INSTANCES_MIGRATED, null, key,
                "v" + from + "->v" + to + " migrated=" + moving.size() + " left=" + staying.size()
                        + (updateTimers ? " timers=new" : " timers=kept"), why));
        return new MigrationResult(List.copyOf(moving), List.copyOf(staying));
    }

    private MigrationPreview preview(String key, ProcessDefinition source, ProcessDefinition target, MigrationPlan plan) {
        int to = target.getVersion();
        List<MigrationPreview.ActivityMapping> mappings = plan.getInstructions().stream()
                .map(i -> new MigrationPreview.ActivityMapping(i.getSourceActivityId(), i.getTargetActivityId()))
                .toList();
        Set<String> mapped = new LinkedHashSet<>();
        plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId).forEach(mapped::add);
        Set<String> inTarget = new LinkedHashSet<>();
        repository.getBpmnModelInstance(target.getId()).getModelElementsByType(FlowNode.class)
                .forEach(node -> inTarget.add(node.getId()));
        List<String> unmapped = repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class)
                .stream().map(FlowNode::getId).filter(id -> !inTarget.contains(id)).sorted().toList();
        List<MigrationPreview.InstanceMove> instances = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .orderByProcessInstanceId().asc().list()) {
            List<String> waiting = runtime.getActiveActivityIds(instance.getId());
            List<String> missing = waiting.stream().filter(id -> !mapped.contains(id)).toList();
            instances.add(new MigrationPreview.InstanceMove(instance.getId(), instance.getBusinessKey(), waiting,
                    missing.isEmpty(), missing.isEmpty() ? null
                            : "waits at " + String.join(", ", missing) + ", which version " + to + " does not have"));
        }
        return new MigrationPreview(key, source.getVersion(), to, mappings, unmapped, instances);
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, boolean updateTimers) {
        try {
            var instructions = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
            return (updateTimers ? instructions.updateEventTriggers() : instructions).build();
        } catch (MigrationPlanValidationException e) {
            throw new InvalidInputException(List.of(new Violation("to", "no migration plan from version "
                    + source.getVersion() + ": " + e.getMessage())));
        }
    }

    private ProcessDefinition definition(String key, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFoundException("Process " + key + " version " + version);
        }
        return definition;
    }
}
