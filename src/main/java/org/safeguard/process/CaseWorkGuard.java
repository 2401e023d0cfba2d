package org.safeguard.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.safeguard.base.processes.ProcessContracts;
import org.springframework.stereotype.Component;

/**
 * Case work goes through Safeguard only, enforced inside the engine: commands that change a case
 * are refused to engine users ({@link EngineApiWrites}), and a case's user task completes only
 * inside a typed service ({@link CompletionThroughSafeguard}).
 */
@Component
class CaseWorkGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // One interceptor per chain: an interceptor knows the next one of its chain.
        configuration.setCustomPreCommandInterceptorsTxRequired(with(
                configuration.getCustomPreCommandInterceptorsTxRequired(),
                new EngineApiWrites(configuration.getIdentityService())));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
                new EngineApiWrites(configuration.getIdentityService())));
        configuration.setCustomPreBPMNParseListeners(
                with(configuration.getCustomPreBPMNParseListeners(), new GuardCaseTasks()));
    }

    private static <T> List<T> with(List<T> existing, T added) {
        List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(added);
        return all;
    }

    private static final class GuardCaseTasks extends AbstractBpmnParseListener {

        private static final TaskListener COMPLETION = new CompletionThroughSafeguard();

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String processKey = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
            if (ProcessContracts.PROCESS_KEYS.contains(processKey)) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, COMPLETION);
            }
        }
    }
}
