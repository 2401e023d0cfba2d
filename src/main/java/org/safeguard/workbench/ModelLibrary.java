package org.safeguard.workbench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.sandbox.ModelSandbox;
import org.safeguard.workbench.internal.DeploymentRecord;
import org.safeguard.workbench.internal.DeploymentRecordMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owners' library: every process and decision with its deployed versions, who deployed
 * each, when and why, and the running instances on each; a version as its file; and roll back, which
 * deploys an earlier version again as the newest (through the same model rules as any deployment).
 * Process owners and administrators only.
 */
@Service
public class ModelLibrary {

    /** The engine keeps the reason as the deployment's name, which holds 255 characters. */
    public static final int REASON_MAX = 255;

    public static final String SOURCE = "Safeguard workbench";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final DeploymentRecordMapper records;
    private final CurrentUser user;

    ModelLibrary(
            RepositoryService repository, RuntimeService runtime, DeploymentRecordMapper records, CurrentUser user) {
        this.repository = repository;
        this.runtime = runtime;
        this.records = records;
        this.user = user;
    }

    /** Every model, processes first, then by key; each with its versions, newest first. */
    @Transactional(readOnly = true)
    public List<Model> models() {
        requireOwner();
        List<ProcessDefinition> processes = repository
                .createProcessDefinitionQuery()
                .orderByProcessDefinitionKey()
                .asc()
                .orderByProcessDefinitionVersion()
                .desc()
                .list();
        List<DecisionDefinition> decisions = repository
                .createDecisionDefinitionQuery()
                .orderByDecisionDefinitionKey()
                .asc()
                .orderByDecisionDefinitionVersion()
                .desc()
                .list();
        Map<String, Deployment> deployments = deployments();
        Map<String, DeploymentRecord> recorded = deployments.isEmpty()
                ? Map.of()
                : records.findAll(deployments.keySet()).stream()
                        .collect(Collectors.toMap(DeploymentRecord::deploymentId, Function.identity()));
        Map<String, Model> models = new LinkedHashMap<>();
        for (ProcessDefinition definition : processes) {
            long running = runtime.createProcessInstanceQuery()
                    .processDefinitionId(definition.getId())
                    .count();
            add(
                    models,
                    definition.getKey(),
                    ModelKind.PROCESS,
                    definition.getName(),
                    version(
                            definition.getId(),
                            definition.getVersion(),
                            definition.getDeploymentId(),
                            definition.getResourceName(),
                            deployments,
                            recorded,
                            running));
        }
        for (DecisionDefinition definition : decisions) {
            add(
                    models,
                    definition.getKey(),
                    ModelKind.DECISION,
                    definition.getName(),
                    version(
                            definition.getId(),
                            definition.getVersion(),
                            definition.getDeploymentId(),
                            definition.getResourceName(),
                            deployments,
                            recorded,
                            0));
        }
        return models.values().stream()
                .map(model -> new Model(model.key(), model.kind(), model.name(), List.copyOf(model.versions())))
                .toList();
    }

    /** Version {@code version} of model {@code key} as the file it was deployed from. */
    @Transactional(readOnly = true)
    public ModelFile file(String key, int version) {
        requireOwner();
        return fileOf(key, version);
    }

    /**
     * Deploys version {@code version} of {@code key} again as the newest version, for {@code reason};
     * running instances stay where they are. Audited as any deployment, with the owner's reason.
     *
     * @return the new version
     */
    @Transactional
    public ModelVersion rollBack(String key, int version, String reason) {
        requireOwner();
        String why = requireReason(reason);
        ModelFile file = fileOf(key, version);
        return deploy(key, file, why);
    }

    /**
     * Deploys {@code file} as the newest version of {@code key}; the deployment's name is the reason
     * (the deployment recorder keeps it with the author). The model rules run inside the deployment.
     */
    ModelVersion deploy(String key, ModelFile file, String reason) {
        Deployment deployment = repository
                .createDeployment()
                .name(reason)
                .source(SOURCE)
                .addInputStream(file.fileName(), new ByteArrayInputStream(file.content()))
                .deploy();
        Map<String, Deployment> made = Map.of(deployment.getId(), deployment);
        Map<String, DeploymentRecord> recorded = records.findAll(List.of(deployment.getId())).stream()
                .collect(Collectors.toMap(DeploymentRecord::deploymentId, Function.identity()));
        ProcessDefinition process = repository
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .processDefinitionKey(key)
                .singleResult();
        if (process != null) {
            return version(
                    process.getId(),
                    process.getVersion(),
                    deployment.getId(),
                    process.getResourceName(),
                    made,
                    recorded,
                    0);
        }
        DecisionDefinition decision = repository
                .createDecisionDefinitionQuery()
                .deploymentId(deployment.getId())
                .decisionDefinitionKey(key)
                .singleResult();
        if (decision == null) {
            throw new IllegalStateException("Deployment " + deployment.getId() + " holds no " + key);
        }
        return version(
                decision.getId(),
                decision.getVersion(),
                deployment.getId(),
                decision.getResourceName(),
                made,
                recorded,
                0);
    }

    /** The newest deployed version of {@code key}. */
    int latestVersion(String key) {
        ProcessDefinition process = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (process != null) {
            return process.getVersion();
        }
        DecisionDefinition decision = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (decision != null) {
            return decision.getVersion();
        }
        throw new NotFoundException("Model " + key);
    }

    ModelFile fileOf(String key, int version) {
        ProcessDefinition process = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(version)
                .singleResult();
        if (process != null) {
            return new ModelFile(
                    fileName(process.getResourceName()), read(repository.getProcessModel(process.getId())));
        }
        DecisionDefinition decision = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .decisionDefinitionVersion(version)
                .singleResult();
        if (decision != null) {
            return new ModelFile(
                    fileName(decision.getResourceName()), read(repository.getDecisionModel(decision.getId())));
        }
        throw new NotFoundException("Model " + key + " version " + version);
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(new Violation("reason", "is required")));
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new InvalidInputException(
                    List.of(new Violation("reason", "must be at most " + REASON_MAX + " characters")));
        }
        return reason.strip();
    }

    /** What a model may call, as the model sandbox lists it (docs/sandbox.md). */
    public List<ModelSandbox.Allowance> sandbox() {
        requireOwner();
        return ModelSandbox.allowances();
    }

    void requireOwner() {
        if (!user.hasAnyRole(Role.OWNER, Role.ADMIN)) {
            throw new AccessDeniedException("Only process owners and administrators use the model library");
        }
    }

    /** All deployments by id: a library holds some dozens, and the query has no filter by several ids. */
    private Map<String, Deployment> deployments() {
        return repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    }

    private static ModelVersion version(
            String definitionId,
            int version,
            String deploymentId,
            String resourceName,
            Map<String, Deployment> deployments,
            Map<String, DeploymentRecord> recorded,
            long running) {
        Deployment deployment = deployments.get(deploymentId);
        DeploymentRecord record = recorded.get(deploymentId);
        return new ModelVersion(
                definitionId,
                version,
                deploymentId,
                resourceName,
                deployment == null || deployment.getDeploymentTime() == null
                        ? null
                        : deployment.getDeploymentTime().toInstant(),
                record == null ? "unknown" : record.deployedBy(),
                record == null ? "unknown" : record.reason(),
                deployment == null ? null : deployment.getSource(),
                running);
    }

    private static void add(Map<String, Model> models, String key, ModelKind kind, String name, ModelVersion version) {
        models.computeIfAbsent(key, k -> new Model(k, kind, name, new ArrayList<>()))
                .versions()
                .add(version);
    }

    /** The file's own name, without the folders the shipped models are deployed from. */
    private static String fileName(String resourceName) {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }

    private static byte[] read(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
