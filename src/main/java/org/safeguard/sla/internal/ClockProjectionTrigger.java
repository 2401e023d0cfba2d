package org.safeguard.sla.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
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
 * nothing. The case is the instance's business key, taken from the engine's own copy of the
 * instance when the command that wrote the event has it in hand (it nearly always does), so the
 * instance is not looked up again.
 *
 * <p>A change to an open task alone (a claim, an assignment, a due date moved) changes nothing of
 * its clock but its assignee and target: when nothing else touched the case, that one row is set
 * from the task instead of deriving every clock of the case again.
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
        if (instance == null
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || !inputs().mayChange(event)) {
            return;
        }
        TouchedCases touched = touched();
        if (event instanceof HistoricTaskInstanceEventEntity task
                && task.getTaskId() != null
                && event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_UPDATE)) {
            touched.taskChanged(task.getTaskId(), instance, businessKeyInHand(instance));
        } else {
            touched.instanceChanged(instance, businessKeyInHand(instance));
        }
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

    /** The current transaction's own synchronization: a suspended outer transaction keeps its own. */
    private TouchedCases touched() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof TouchedCases touched) {
                return touched;
            }
        }
        TouchedCases touched = new TouchedCases(projection.getObject());
        TransactionSynchronizationManager.registerSynchronization(touched);
        return touched;
    }

    /** The instance's business key if the engine's current command holds the instance; null otherwise. */
    private static String businessKeyInHand(String instance) {
        CommandContext command = Context.getCommandContext();
        ExecutionEntity held =
                command == null ? null : command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, instance);
        return held == null ? null : held.getBusinessKey();
    }
}
