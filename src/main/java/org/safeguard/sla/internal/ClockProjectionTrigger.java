package org.safeguard.sla.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.safeguard.sla.SlaClockProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code sla_clock} current with the engine: every history event the engine writes (a task
 * created, assigned, completed or deleted, a timer created, fired or deleted, a process instance
 * ended, an activity such as the service task that opens, extends or closes an investigation file)
 * notes its process instance; just before the transaction commits, after the engine has flushed,
 * the clocks of those instances' cases are derived again in the same transaction. The case is the
 * instance's business key, taken from the engine's own copy of the instance when the command that
 * wrote the event has it in hand (it nearly always does), so the instance is not looked up again.
 */
@Component
class ClockProjectionTrigger extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    // A provider: the engine's plugins are made before the beans that use the engine.
    private final ObjectProvider<SlaClockProjection> projection;

    ClockProjectionTrigger(ObjectProvider<SlaClockProjection> projection) {
        this.projection = projection;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        String instance = event.getProcessInstanceId();
        if (instance == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        touched().note(instance, businessKeyInHand(instance));
    }

    /** The current transaction's own synchronization: a suspended outer transaction keeps its own. */
    private Touched touched() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Touched touched) {
                return touched;
            }
        }
        Touched touched = new Touched();
        TransactionSynchronizationManager.registerSynchronization(touched);
        return touched;
    }

    /** The instance's business key if the engine's current command holds the instance; null otherwise. */
    private static String businessKeyInHand(String instance) {
        CommandContext command = Context.getCommandContext();
        ExecutionEntity held = command == null ? null
                : command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, instance);
        return held == null ? null : held.getBusinessKey();
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /** The cases one transaction touched, and the instances whose case is still to be looked up. */
    private final class Touched implements TransactionSynchronization {

        private final Set<String> cases = new LinkedHashSet<>();
        private final Set<String> instances = new LinkedHashSet<>();

        void note(String instance, String businessKey) {
            if (businessKey != null) {
                cases.add(businessKey);
            } else {
                instances.add(instance);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            projection.getObject().refresh(cases, instances);
        }
    }
}
