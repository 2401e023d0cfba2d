package org.safeguard.base.process;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.CaseVisibility;
import org.springframework.stereotype.Service;

/**
 * The diagrams of a case's process instances (business key: the case reference) with where each
 * stands. Answers only for cases the acting user may see; a focal point, who sees only their
 * nationals' subject groups, gets no diagram, since the instances speak of every group.
 */
@Service
public class ProcessDiagrams {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ProcessNames names;
    private final CaseVisibility cases;

    ProcessDiagrams(RuntimeService runtime, HistoryService history, ProcessNames names, CaseVisibility cases) {
        this.runtime = runtime;
        this.history = history;
        this.names = names;
        this.cases = cases;
    }

    /** The case's running instances, the case's own process first, then in the order they started. */
    public List<CaseProcess> running(String caseReference) {
        cases.requireVisible(caseReference);
        if (cases.scope().nationalsOnly()) {
            return List.of();
        }
        List<String> ids =
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
                        .map(ProcessInstance::getId)
                        .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list().stream()
                .map(instance -> new CaseProcess(
                        instance.getId(),
                        instance.getProcessDefinitionKey(),
                        names.of(instance.getProcessDefinitionId()),
                        instance.getStartTime().toInstant(),
                        instance.getSuperProcessInstanceId() == null))
                .sorted(Comparator.comparing(CaseProcess::root).reversed().thenComparing(CaseProcess::startedAt))
                .toList();
    }

    /** @throws NotFoundException unless the instance belongs to a case the user may see */
    public ProcessDiagram diagram(String processInstanceId) {
        HistoricProcessInstance instance = visibleInstance(processInstanceId);
        List<String> current =
                instance.getEndTime() == null ? runtime.getActiveActivityIds(processInstanceId) : List.of();
        List<String> completed =
                history
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .finished()
                        .list()
                        .stream()
                        .map(HistoricActivityInstance::getActivityId)
                        .distinct()
                        .toList();
        return new ProcessDiagram(
                processInstanceId,
                instance.getProcessDefinitionKey(),
                names.of(instance.getProcessDefinitionId()),
                names.xml(instance.getProcessDefinitionId()),
                current,
                completed);
    }

    /** The instance that the call activity started, its latest if it ran more than once. */
    public Optional<String> calledBy(String processInstanceId, String callActivityId) {
        visibleInstance(processInstanceId);
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityId(callActivityId)
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getCalledProcessInstanceId)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private HistoricProcessInstance visibleInstance(String processInstanceId) {
        HistoricProcessInstance instance = processInstanceId == null
                ? null
                : history.createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .singleResult();
        if (instance == null
                || instance.getBusinessKey() == null
                || cases.scope().nationalsOnly()) {
            throw new NotFoundException("Process instance " + processInstanceId);
        }
        cases.requireVisible(instance.getBusinessKey());
        return instance;
    }
}
