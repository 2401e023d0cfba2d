package org.safeguard.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's full history less the rows nobody reads: about 40 of the roughly 240 statements one
 * intake caused, and two of a task completion that leaves a job (docs/performance.md). What it
 * leaves out:
 * <ul>
 *   <li>decision-table evaluations ({@code ACT_HI_DEC*}): the result a rule task stores is a variable
 *       and stays in the history of variables, where the case timeline finds it;</li>
 *   <li>variable-update details ({@code ACT_HI_DETAIL}) that {@link org.safeguard.base.process.CaseHistory}
 *       would skip anyway: values other than codes and flags (dates, numbers, nulls) and updates made
 *       outside an activity (process start, call-activity inputs);</li>
 *   <li>the multi-instance counters ({@code loopCounter}, {@code nrOf*}), engine bookkeeping
 *       rewritten at every branch;</li>
 *   <li>the job log's "created" and "done" rows of asynchronous continuations ({@code ACT_HI_JOB_LOG}):
 *       the activities' own history says when the work after the boundary ran. Their failures and
 *       deletions stay, and so does every row of timers, which the SLA clocks read.</li>
 * </ul>
 * Everything else is recorded as {@code full} records it. Its id is full's, so a database created
 * with {@code full} starts with it (the engine refuses a database whose stored level id differs)
 * and a switch back to {@code full} needs nothing either.
 */
@Component
class CaseHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "safeguard";

    private static final Set<String> MULTI_INSTANCE_COUNTERS =
            Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
    private static final Set<String> TIMELINE_VALUE_TYPES = Set.of("string", "boolean");
    private static final Set<HistoryEventType> ROUTINE_JOB_EVENTS =
            Set.of(HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS);
    private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

    @Override
    public int getId() {
        return HistoryLevel.HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.DMN_DECISION_EVALUATE) {
            return false;
        }
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
            return !(entity instanceof HistoricVariableUpdateEventEntity update) || readByTimeline(update);
        }
        if (ROUTINE_JOB_EVENTS.contains(eventType) && entity instanceof JobEntity job) {
            return !AsyncContinuationJobHandler.TYPE.equals(job.getJobHandlerType());
        }
        if (VARIABLE_EVENTS.contains(eventType) && entity instanceof VariableInstance variable) {
            return !MULTI_INSTANCE_COUNTERS.contains(variable.getName());
        }
        return true;
    }

    private static boolean readByTimeline(HistoricVariableUpdateEventEntity update) {
        String activityInstance = update.getActivityInstanceId();
        return activityInstance != null
                && !activityInstance.equals(update.getProcessInstanceId())
                && TIMELINE_VALUE_TYPES.contains(update.getSerializerName())
                && !MULTI_INSTANCE_COUNTERS.contains(update.getVariableName());
    }

    /** Offers the level to the engine; {@code camunda.bpm.history-level} chooses it by {@link #NAME}. */
    @Component
    static class Registration extends AbstractProcessEnginePlugin {

        private final CaseHistoryLevel level;

        Registration(CaseHistoryLevel level) {
            this.level = level;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            List<HistoryLevel> levels = new ArrayList<>();
            if (configuration.getCustomHistoryLevels() != null) {
                levels.addAll(configuration.getCustomHistoryLevels());
            }
            levels.add(level);
            configuration.setCustomHistoryLevels(levels);
        }
    }
}
