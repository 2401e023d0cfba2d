package org.safeguard.base.process;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safeguard.base.security.CaseVisibility;
import org.springframework.stereotype.Service;

/**
 * What a case's process instances went through, from the engine's history: tasks, service calls,
 * sub-processes and events. Gateways and multi-instance bodies are left out: they are how a model
 * routes, not something that happened. Empty for a focal point (see {@link ProcessDiagrams}).
 */
@Service
public class CaseHistory {

    private static final Set<String> ROUTING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "complexGateway", "multiInstanceBody");

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
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .filter(activity -> !ROUTING.contains(activity.getActivityType()))
                .map(activity -> new EngineActivity(processName, name(activity), activity.getActivityType(),
                        activity.getStartTime().toInstant(),
                        activity.getEndTime() == null ? null : activity.getEndTime().toInstant(),
                        activity.getAssignee()))
                .toList();
    }

    private static String name(HistoricActivityInstance activity) {
        return activity.getActivityName() != null ? activity.getActivityName() : activity.getActivityId();
    }
}
