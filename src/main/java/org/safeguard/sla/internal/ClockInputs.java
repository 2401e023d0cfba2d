package org.safeguard.sla.internal;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.safeguard.sla.ClockBinding;
import org.safeguard.sla.ClockBindings;

/**
 * Whether an engine history event can change what a clock row is derived from. Only three kinds
 * are known to leave the rows alone: a job of a timer that carries no clock (a warning of the
 * investigation's target, an async continuation: what its transaction does is told by its own
 * events), a timer event's or a noting activity's start and end, and a variable other than the
 * Member State and the personnel category; an activity instance's update also changes nothing a
 * row reads. Everything else counts as a change, so a model element
 * nobody listed costs a refresh, never a stale row. A due warning is then a transaction with no
 * change, and its case is not derived again.
 */
final class ClockInputs {

    private static final Set<String> TIMER_EVENTS = Set.of(
            ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.BOUNDARY_TIMER, ActivityTypes.START_EVENT_TIMER);

    /** The timers whose jobs are clocks or move with one, as process key and element id. */
    private final Set<String> clockTimers = new HashSet<>();

    private final Set<String> notingActivities = new HashSet<>();
    private final Set<String> rowVariables;

    ClockInputs(ClockBindings bindings) {
        for (ClockBinding binding : bindings.of(ClockBinding.Carrier.TIMER)) {
            clockTimers.add(element(binding.processKey(), binding.elementId()));
            binding.companionTimers().forEach(timer -> clockTimers.add(element(binding.processKey(), timer)));
        }
        for (ClockBinding binding : bindings.bindings()) {
            binding.notingActivities()
                    .forEach(activity -> notingActivities.add(element(binding.processKey(), activity)));
        }
        rowVariables = Set.of(bindings.memberStateVariable(), bindings.personnelCategoryVariable());
    }

    boolean mayChange(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent job) {
            return clockTimers.contains(element(job.getProcessDefinitionKey(), job.getActivityId()));
        }
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            // Event types are compared by name, and every kind of update is named "update": the
            // class tells them apart. An activity's update (its assignee, its execution) changes
            // nothing a clock is derived from.
            return !activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE)
                    && !TIMER_EVENTS.contains(activity.getActivityType())
                    && !notingActivities.contains(
                            element(activity.getProcessDefinitionKey(), activity.getActivityId()));
        }
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return rowVariables.contains(variable.getVariableName());
        }
        return true;
    }

    private static String element(String processKey, String elementId) {
        return processKey + "#" + elementId;
    }
}
