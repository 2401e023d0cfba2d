package org.safeguard.sla.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safeguard.investigation.InvestigationFiles;
import org.safeguard.sla.ClockBinding;
import org.safeguard.sla.ClockBindings;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.ClockStateConflictException;
import org.springframework.stereotype.Component;

/**
 * Stops and moves a clock where the engine keeps it. A paused timer is suspended, so it cannot fire
 * while the clock stands still; on resumption every instant of the clock (the task's due date, the
 * timer and its companions, the date variables later timers read, the investigation's target) moves
 * by the paused time and suspended timers run again.
 */
@Component
public class EngineClockMover {

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final InvestigationFiles investigations;
    private final ClockBindings bindings;

    EngineClockMover(
            TaskService tasks,
            ManagementService management,
            RuntimeService runtime,
            InvestigationFiles investigations,
            ClockBindings bindings) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.investigations = investigations;
        this.bindings = bindings;
    }

    /** @throws ClockStateConflictException when the clock's own timer has fired already */
    public void stop(ClockRow clock) {
        if (binding(clock).carrier() == ClockBinding.Carrier.TIMER
                && management
                                .createJobQuery()
                                .jobId(clock.clockId().substring(2))
                                .count()
                        == 0) {
            throw new ClockStateConflictException("The timer of clock " + clock.clockId() + " has fired");
        }
        // A task's due date fires nothing: the task stays as it is while paused.
        timers(clock).forEach(job -> management.suspendJobById(job.getId()));
    }

    public void move(ClockRow clock, UnaryOperator<Instant> shift) {
        for (Job job : timers(clock)) {
            if (job.getDuedate() != null) {
                management.setJobDuedate(
                        job.getId(), Date.from(shift.apply(job.getDuedate().toInstant())));
            }
            management.activateJobById(job.getId());
        }
        String engineId = clock.clockId().substring(2);
        ClockBinding binding = binding(clock);
        switch (binding.carrier()) {
            case TASK -> tasks.setDueDate(engineId, Date.from(shift.apply(clock.targetAt())));
            case TIMER -> {}
            case INVESTIGATION -> {
                String instance = investigationInstance(clock);
                if (instance != null) {
                    for (String variable : binding.dateVariables()) {
                        if (runtime.getVariable(instance, variable) instanceof Date date) {
                            runtime.setVariable(instance, variable, Date.from(shift.apply(date.toInstant())));
                        }
                    }
                }
                investigations.extend(Long.parseLong(engineId), Date.from(shift.apply(clock.targetAt())));
            }
        }
    }

    /** The clock's own timer and the companions that move with it, suspended or not. */
    private List<Job> timers(ClockRow clock) {
        ClockBinding binding = binding(clock);
        String engineId = clock.clockId().substring(2);
        List<Job> jobs = new ArrayList<>();
        String instance = switch (binding.carrier()) {
            case TASK -> null;
            case TIMER -> {
                Job own = management.createJobQuery().jobId(engineId).singleResult();
                if (own != null) {
                    jobs.add(own);
                }
                yield own == null ? null : own.getProcessInstanceId();
            }
            case INVESTIGATION -> investigationInstance(clock);
        };
        if (instance != null) {
            for (String timer : binding.companionTimers()) {
                jobs.addAll(management
                        .createJobQuery()
                        .processInstanceId(instance)
                        .activityId(timer)
                        .list());
            }
        }
        return jobs;
    }

    private String investigationInstance(ClockRow clock) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(binding(clock).processKey())
                .variableValueEquals(
                        bindings.investigationIdVariable(),
                        Long.valueOf(clock.clockId().substring(2)))
                .singleResult();
        return instance == null ? null : instance.getId();
    }

    private ClockBinding binding(ClockRow clock) {
        return bindings.of(ClockKind.valueOf(clock.kind()))
                .orElseThrow(() -> new IllegalStateException("No model binding for clock " + clock.kind()));
    }
}
