package org.safeguard.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.sla.ClockBinding;
import org.safeguard.sla.ClockBindings;
import org.safeguard.sla.SlaSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a deployed version's running cases wait, for the live view's overlays: the engine's
 * activity statistics, and for each wait with a deadline (a user task's due date, a timer, a timer on
 * the activity's boundary; the earliest when several) whether it is on track, at risk or overdue.
 * At risk as the SLA clocks define it: past {@code safeguard.sla.at-risk-percent} of the span from
 * the start of the wait (task created, timer set) to its deadline, per clock where the element
 * carries one ({@link ClockBindings}), else the default share. Counts only, no case: process owners,
 * managers (who see every case's deadlines anyway) and administrators.
 */
@Service
public class ModelLiveView {

    private final RepositoryService repository;
    private final ManagementService management;
    private final TaskService tasks;
    private final ClockBindings bindings;
    private final SlaSettings settings;
    private final CurrentUser user;
    private final Clock clock;

    ModelLiveView(
            RepositoryService repository,
            ManagementService management,
            TaskService tasks,
            ClockBindings bindings,
            SlaSettings settings,
            CurrentUser user,
            Clock clock) {
        this.repository = repository;
        this.management = management;
        this.tasks = tasks;
        this.bindings = bindings;
        this.settings = settings;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LiveFigures figures(String key, int version) {
        if (!user.hasAnyRole(Role.OWNER, Role.MANAGER, Role.ADMIN)) {
            throw new AccessDeniedException("Only process owners, managers and administrators see the live view");
        }
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(version)
                .singleResult();
        if (definition == null) {
            throw new NotFoundException("Process " + key + " version " + version);
        }
        Map<String, Long> active = new TreeMap<>();
        for (ActivityStatistics statistics :
                management.createActivityStatisticsQuery(definition.getId()).list()) {
            active.put(statistics.getId(), (long) statistics.getInstances());
        }
        Map<String, Wait> waits = waits(definition);
        Instant now = clock.instant();
        waits.values().forEach(wait -> active.putIfAbsent(wait.activityId(), 0L));
        Map<String, Map<DeadlineState, Long>> states = waits.values().stream()
                .collect(Collectors.groupingBy(
                        Wait::activityId, Collectors.groupingBy(wait -> wait.state(now), Collectors.counting())));
        List<ActivityFigure> figures = active.entrySet().stream()
                .map(entry -> {
                    Map<DeadlineState, Long> counts = states.getOrDefault(entry.getKey(), Map.of());
                    return new ActivityFigure(
                            entry.getKey(),
                            entry.getValue(),
                            counts.getOrDefault(DeadlineState.ON_TRACK, 0L),
                            counts.getOrDefault(DeadlineState.AT_RISK, 0L),
                            counts.getOrDefault(DeadlineState.OVERDUE, 0L));
                })
                .toList();
        return new LiveFigures(key, version, figures);
    }

    /** Each waiting execution's earliest deadline, by execution. */
    private Map<String, Wait> waits(ProcessDefinition definition) {
        Map<String, Wait> waits = new HashMap<>();
        for (Task task :
                tasks.createTaskQuery().processDefinitionId(definition.getId()).list()) {
            if (task.getDueDate() != null) {
                earliest(
                        waits,
                        task.getExecutionId(),
                        new Wait(
                                task.getTaskDefinitionKey(),
                                task.getCreateTime(),
                                task.getDueDate(),
                                percent(definition.getKey(), task.getTaskDefinitionKey())));
            }
        }
        Map<String, String> timerElements =
                management.createJobDefinitionQuery().processDefinitionId(definition.getId()).list().stream()
                        .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        for (Job timer : management
                .createJobQuery()
                .processDefinitionId(definition.getId())
                .timers()
                .list()) {
            String element = timerElements.get(timer.getJobDefinitionId());
            if (element != null && timer.getExecutionId() != null && timer.getDuedate() != null) {
                earliest(
                        waits,
                        timer.getExecutionId(),
                        new Wait(
                                waitingAt(model, element),
                                timer.getCreateTime(),
                                timer.getDuedate(),
                                percent(definition.getKey(), element)));
            }
        }
        return waits;
    }

    /** A boundary timer's deadline is its host activity's; any other timer's, its own. */
    private static String waitingAt(BpmnModelInstance model, String element) {
        ModelElementInstance node = model.getModelElementById(element);
        return node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null
                ? boundary.getAttachedTo().getId()
                : element;
    }

    private int percent(String processKey, String element) {
        return bindings.bindings().stream()
                .filter(binding -> binding.processKey().equals(processKey))
                .filter(binding -> binding.elementId().equals(element)
                        || binding.companionTimers().contains(element))
                .map(ClockBinding::kind)
                .findFirst()
                .map(settings::atRiskPercent)
                .orElse(SlaSettings.DEFAULT_AT_RISK_PERCENT);
    }

    private static void earliest(Map<String, Wait> waits, String execution, Wait wait) {
        waits.merge(execution, wait, (a, b) -> a.due().isAfter(b.due()) ? b : a);
    }

    private enum DeadlineState {
        ON_TRACK,
        AT_RISK,
        OVERDUE
    }

    /** A case waiting at {@code activityId} since {@code start} for a deadline at {@code due}. */
    private record Wait(String activityId, Instant start, Instant due, int atRiskPercent) {

        Wait(String activityId, Date start, Date due, int atRiskPercent) {
            this(activityId, start == null ? due.toInstant() : start.toInstant(), due.toInstant(), atRiskPercent);
        }

        DeadlineState state(Instant now) {
            if (now.isAfter(due)) {
                return DeadlineState.OVERDUE;
            }
            long span = Math.max(0, due.toEpochMilli() - start.toEpochMilli());
            Instant atRisk = start.plusMillis(span * atRiskPercent / 100);
            return now.isBefore(atRisk) ? DeadlineState.ON_TRACK : DeadlineState.AT_RISK;
        }
    }
}
