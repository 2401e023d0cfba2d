package org.safeguard.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's own grants follow the case scopes: tasks through the authorization provider,
 * process instances through a start listener on every process. {@link CaseGrants} keeps both in
 * step when a case's scope changes.
 */
@Component
class CaseScopedAuthorization extends AbstractProcessEnginePlugin {

    private final CaseAudience audience;

    CaseScopedAuthorization(CaseAudience audience) {
        this.audience = audience;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new CaseScopedAuthorizationProvider(audience));
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPreBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPreBPMNParseListeners());
        }
        listeners.add(new GrantOnStart(new CaseInstanceGrants(audience)));
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private static final class GrantOnStart extends AbstractBpmnParseListener {

        private final CaseInstanceGrants grants;

        GrantOnStart(CaseInstanceGrants grants) {
            this.grants = grants;
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addListener(ExecutionListener.EVENTNAME_START, grants);
        }
    }
}
