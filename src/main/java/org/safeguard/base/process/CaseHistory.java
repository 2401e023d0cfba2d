package org.safeguard.base.process;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.safeguard.base.security.CaseVisibility;
import org.springframework.stereotype.Service;

/**
 * What a case's process instances went through, from the engine's history: tasks, service calls,
 * sub-processes and events, each with the codes and flags set while it completed (what a person
 * or a decision table decided). Gateways and multi-instance bodies are left out: they are how a
 * model routes, not something that happened. Empty for a focal point (see {@link ProcessDiagrams}).
 */
@Service
public class CaseHistory {

    private static final Set<String> ROUTING = Set.of(
            "exclusiveGateway",
            "parallelGateway",
            "inclusiveGateway",
            "eventBasedGateway",
            "complexGateway",
            "multiInstanceBody");

    private final HistoryService history;
    private final ProcessNames names;
    private final CaseVisibility cases;

    CaseHistory(HistoryService history, ProcessNames names, CaseVisibility cases) {
        this.history = history;
        this.names = names;
        this.cases = cases;
    }

    /** Oldest first. */
    public List<EngineActivity> ofCase(String caseReference) {
        cases.requireVisible(caseReference);
        if (cases.scope().nationalsOnly()) {
            return List.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
                .flatMap(instance -> activities(instance).stream())
                .sorted(Comparator.comparing(EngineActivity::startedAt))
                .toList();
    }

    private List<EngineActivity> activities(HistoricProcessInstance instance) {
        String processName = names.of(instance.getProcessDefinitionId());
        Map<String, Map<String, Object>> decided = decidedPerActivity(instance.getId());
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .filter(activity -> !ROUTING.contains(activity.getActivityType()))
                .map(activity -> new EngineActivity(
                        instance.getProcessDefinitionKey(),
                        processName,
                        activity.getActivityId(),
                        name(activity),
                        activity.getActivityType(),
                        activity.getStartTime().toInstant(),
                        activity.getEndTime() == null
                                ? null
                                : activity.getEndTime().toInstant(),
                        activity.getAssignee(),
                        activity.getTaskId(),
                        activity.isCanceled(),
                        decided.getOrDefault(activity.getId(), Map.of())))
                .toList();
    }

    // A task completed with variables records their updates under the task's activity instance, a
    // decision table's result under the rule task's. Only codes and flags are kept: dates, numbers
    // and anything longer say nothing a timeline should word.
    private Map<String, Map<String, Object>> decidedPerActivity(String processInstanceId) {
        List<HistoricDetail> updates = history.createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .variableUpdates()
                .disableBinaryFetching()
                .list();
        Map<String, Map<String, Object>> decided = new HashMap<>();
        for (HistoricDetail detail : updates) {
            if (detail instanceof HistoricVariableUpdate update
                    && detail.getActivityInstanceId() != null
                    && (update.getValue() instanceof Boolean || update.getValue() instanceof String)) {
                decided.computeIfAbsent(detail.getActivityInstanceId(), id -> new HashMap<>())
                        .put(update.getVariableName(), update.getValue());
            }
        }
        return decided.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    private static String name(HistoricActivityInstance activity) {
        return activity.getActivityName() != null ? activity.getActivityName() : activity.getActivityId();
    }
}
