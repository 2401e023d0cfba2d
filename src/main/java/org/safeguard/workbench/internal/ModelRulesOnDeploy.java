package org.safeguard.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.safeguard.workbench.ModelFinding;
import org.safeguard.workbench.ModelRules;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ModelRules} inside every deployment, before the engine parses it, whichever way it
 * comes: the models shipped in {@code processes/}, the workbench, or the desktop modeler through
 * {@code /engine-rest/deployment/create}. A model that breaks a rule is refused with the engine's
 * own {@link ParseException}, which the REST API answers with 400 and each finding's element id, so
 * the desktop modeler shows the reasons; nothing is deployed. Every file is checked: one that is
 * neither BPMN nor DMN (a case model, a script, a form) is refused by the model sandbox.
 */
@Component
class ModelRulesOnDeploy extends AbstractProcessEnginePlugin implements Deployer {

    private final ModelRules rules;

    ModelRulesOnDeploy(ModelRules rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // the cache re-reading a deployment that was checked when it was made
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            List<ModelFinding> findings = rules.check(resource.getName(), resource.getBytes());
            if (!findings.isEmpty()) {
                List<Problem> problems =
                        findings.stream().<Problem>map(FindingProblem::new).toList();
                throw new ParseException(
                        "Safeguard's model rules refuse " + resource.getName() + ": "
                                + String.join(
                                        "; ",
                                        findings.stream()
                                                .map(ModelFinding::toString)
                                                .toList()),
                        resource.getName(),
                        problems,
                        List.of());
            }
        }
    }

    /** A finding as the engine reports parse problems: no line, the element it concerns. */
    private record FindingProblem(ModelFinding finding) implements Problem {

        @Override
        public String getMessage() {
            return finding.message() + " [" + finding.rule() + "]";
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return finding.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return List.of(finding.elementId());
        }
    }
}
