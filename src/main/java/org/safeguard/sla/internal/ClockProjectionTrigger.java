package org.safeguard.sla.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.safeguard.sla.ClockBindings;
import org.safeguard.sla.SlaClockProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code sla_clock} current with the engine: every history event the engine writes that can
 * change a clock (a task created, assigned, completed or deleted, a clock's timer created, fired or
 * deleted, a process instance ended, an activity such as the service task that opens, extends or
 * closes an investigation file; see {@link ClockInputs}) notes its process instance; just before
 * the transaction commits, after the engine has flushed, the clocks of those instances' cases are
 * derived again in the same transaction. A transaction with no such event (a due warning) derives
 * nothing.
 */
@Component
class ClockProjectionTrigger extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    // Providers: the engine's plugins are made before the beans that use the engine.
    private final ObjectProvider<SlaClockProjection> projection;
    private final ObjectProvider<ClockBindings> bindings;
    private volatile ClockInputs inputs;

    ClockProjectionTrigger(ObjectProvider<SlaClockProjection> projection, ObjectProvider<ClockBindings> bindings) {
        this.projection = projection;
        this.bindings = bindings;
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
        if (instance == null || !TransactionSynchronizationManager.isSynchronizationActive() || !inputs().mayChange(event)) {
            return;
        }
        // The current transaction's own synchronizations: a suspended outer transaction keeps its own.
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Touched touched) {
                touched.instances.add(instance);
                return;
            }
        }
        Touched touched = new Touched();
        touched.instances.add(instance);
        TransactionSynchronizationManager.registerSynchronization(touched);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private ClockInputs inputs() {
        ClockInputs known = inputs;
        if (known == null) {
            known = new ClockInputs(bindings.getObject());
            inputs = known;
        }
        return known;
    }

    /** The process instances one transaction touched. */
    private final class Touched implements TransactionSynchronization {

        private final Set<String> instances = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            projection.getObject().refreshProcessInstances(instances);
        }
    }
}
