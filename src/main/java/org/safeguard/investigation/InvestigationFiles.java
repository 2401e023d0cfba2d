package org.safeguard.investigation;

import java.util.Date;
import java.util.List;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.investigation.internal.EventType;
import org.safeguard.investigation.internal.GeneratedId;
import org.safeguard.investigation.internal.InvestigationMapper;
import org.safeguard.investigation.internal.InvestigationRow;
import org.safeguard.investigation.internal.InvestigationTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation file as the process keeps it: opened, warned, breached, extended, closed. Called
 * by the model's service tasks, inside the engine's transaction.
 */
@Service
@Transactional
public class InvestigationFiles {

    private final InvestigationMapper mapper;
    private final InvestigationTasks tasks;
    private final CaseVisibility cases;

    InvestigationFiles(InvestigationMapper mapper, InvestigationTasks tasks, CaseVisibility cases) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.cases = cases;
    }

    /**
     * The case's investigations, oldest first, for the case file. None for a focal point: the
     * organisation's investigations are not shared with Member States through the case file.
     *
     * @throws org.safeguard.base.NotFoundException when the case does not exist or is out of scope
     */
    @Transactional(readOnly = true)
    public List<InvestigationSummary> ofCase(String caseReference) {
        cases.requireVisible(caseReference);
        if (cases.scope().nationalsOnly()) {
            return List.of();
        }
        return mapper.findByCase(caseReference).stream()
                .map(InvestigationRow::summary)
                .toList();
    }

    /** Opens the file and returns its id. */
    public long open(NewInvestigation investigation) {
        GeneratedId id = new GeneratedId();
        mapper.insert(
                new InvestigationRow(
                        null,
                        investigation.caseReference(),
                        investigation.subjectGroupId(),
                        investigation.investigatingBody().name(),
                        investigation.startedAt(),
                        investigation.dueAt(),
                        null,
                        null,
                        null),
                id);
        tasks.record(id.getValue(), EventType.OPENED, null, null);
        return id.getValue();
    }

    /**
     * Records the warning for whoever works on the investigation now; notifications read it later.
     *
     * @param processInstanceId the investigation's process instance, whose open tasks say who works on it
     */
    public void recordWarning(long investigationId, WarningLevel level, String processInstanceId) {
        tasks.record(
                investigationId, EventType.WARNING, tasks.currentAssignees(processInstanceId), level.percent() + " %");
    }

    public void recordBreach(long investigationId) {
        tasks.record(investigationId, EventType.BREACH, "group:manager", null);
    }

    public void extend(long investigationId, Date newDueAt) {
        mapper.extend(investigationId, newDueAt);
    }

    public void close(long investigationId, FindingCode finding, Date closedAt) {
        mapper.close(investigationId, finding.name(), closedAt);
    }
}
