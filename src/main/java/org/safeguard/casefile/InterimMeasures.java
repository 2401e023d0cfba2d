package org.safeguard.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.casefile.internal.CaseMapper;
import org.safeguard.casefile.internal.CaseRow;
import org.safeguard.casefile.internal.GeneratedId;
import org.safeguard.casefile.internal.InterimMeasureMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interim measures: proposed at any time while a case is open, decided by a manager. */
@Service
public class InterimMeasures {

    private final InterimMeasureMapper measures;
    private final CaseMapper cases;
    private final CaseFiles caseFiles;
    private final OpenTasks tasks;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CaseAccess access;
    private final AuditTrail audit;

    InterimMeasures(
            InterimMeasureMapper measures,
            CaseMapper cases,
            CaseFiles caseFiles,
            OpenTasks tasks,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock,
            CaseAccess access,
            AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.measures = measures;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.tasks = tasks;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** @param subjectGroupId the group the measure concerns, or null for the whole case */
    @Transactional
    public long propose(String reference, Long subjectGroupId, InterimMeasureType measure) {
        access.requireVisible(reference);
        CaseRow row = cases.findByReference(reference);
        if (row == null) {
            throw new NotFoundException("Case " + reference);
        }
        if (measure == null) {
            throw invalid("measure", "must be one of " + List.of(InterimMeasureType.values()));
        }
        if (subjectGroupId != null && !caseFiles.subjectGroupIds(reference).contains(subjectGroupId)) {
            throw invalid("subjectGroupId", "is not a subject group of this case");
        }
        GeneratedId id = new GeneratedId();
        measures.insert(row.id(), subjectGroupId, measure, currentUser.username(), clock.instant(), id);
        audit.record(AuditEntry.of(
                AuditAction.INTERIM_MEASURE_PROPOSED, reference, "measure:" + id.getValue(), measure.name()));
        events.publishEvent(new InterimMeasureProposed(id.getValue(), reference));
        return id.getValue();
    }

    @Transactional
    public void decide(String taskId, boolean approved) {
        OpenTask task = tasks.open(taskId, SeaCaseProcess.Element.user_decide_interim_measure.id());
        long measureId = tasks.variable(task, SeaCaseProcess.Variables.INTERIM_MEASURE_ID);
        measures.decide(measureId, approved ? "APPROVED" : "REJECTED", currentUser.username(), clock.instant());
        tasks.complete(task, Map.of());
    }

    /**
     * The case's interim measures, oldest first; none for a focal point, who sees the case only
     * through their nationals' subject groups.
     *
     * @throws NotFoundException when the case does not exist or is out of scope
     */
    @Transactional(readOnly = true)
    public List<InterimMeasure> ofCase(String reference) {
        long caseId = access.visibleCaseId(reference);
        return access.scope().nationalsOnly() ? List.of() : measures.findByCase(caseId);
    }

    public String status(long measureId) {
        return measures.status(measureId);
    }

    private static InvalidInputException invalid(String field, String reason) {
        return new InvalidInputException(List.of(new Violation(field, reason)));
    }
}
