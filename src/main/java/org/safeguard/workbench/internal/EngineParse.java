package org.safeguard.workbench.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.safeguard.workbench.ModelFinding;
import org.springframework.stereotype.Component;

/**
 * Runs the engine's own BPMN parser over a draft without deploying it, so its complaints (an
 * unknown expression syntax, a timer without definition, a message event without message) show
 * at the check, on their elements, rather than first at the deployment.
 */
@Component
public class EngineParse {

    private final ProcessEngineConfigurationImpl engine;

    EngineParse(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    private BpmnParser bpmnParser() {
        return engine.getDeployers().stream()
                .filter(BpmnDeployer.class::isInstance)
                .map(BpmnDeployer.class::cast)
                .findFirst()
                .orElseThrow()
                .getBpmnParser();
    }

    public List<ModelFinding> problems(String resourceName, byte[] bpmnXml) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            DeploymentEntity unsaved = new DeploymentEntity();
            unsaved.setName("draft check");
            try {
                bpmnParser()
                        .createParse()
                        .sourceInputStream(new ByteArrayInputStream(bpmnXml))
                        .deployment(unsaved)
                        .name(resourceName)
                        .execute();
                return List.of();
            } catch (ParseException e) {
                return ModelFinding.of(e);
            }
        });
    }
}
