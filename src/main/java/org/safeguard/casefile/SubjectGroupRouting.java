package org.safeguard.casefile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completes the routing tasks of a subject group's branch, one typed method per task. */
@Service
public class SubjectGroupRouting {
    public static final Set<SubjectGroupOutcome> FINDINGS = Set.of(
            SubjectGroupOutcome.SUBSTANTIATED, SubjectGroupOutcome.NOT_SUBSTANTIATED, SubjectGroupOutcome.CLOSED_OTHER);

    private final OpenTasks tasks;
    private final CaseFiles cases;

    SubjectGroupRouting(OpenTasks tasks, CaseFiles cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    /** Police and military observers: a head-of-mission preliminary inquiry, or the oversight office. */
    @Transactional
    public void decideInvestigatingBody(String taskId, InvestigatingBody body) {
        OpenTask task = tasks.open(taskId, SeaCaseProcess.Element.user_decide_investigating_body.id());
        if (body != InvestigatingBody.HEAD_OF_MISSION && body != InvestigatingBody.OVERSIGHT_OFFICE) {
            throw invalid("investigatingBody", "must be HEAD_OF_MISSION or OVERSIGHT_OFFICE");
        }
        tasks.complete(
                task,
                ProcessVariables.with(SeaCaseProcess.Variables.INVESTIGATING_BODY, body.name())
                        .asMap());
    }

    /** Implementing partners and non-UN forces: the responsible entity acts; the referral is recorded. */
    @Transactional
    public void referToResponsibleEntity(String taskId) {
        OpenTask task = tasks.open(taskId, SeaCaseProcess.Element.user_refer_to_responsible_entity.id());
        cases.recordOutcome(
                tasks.variable(task, SeaCaseProcess.Variables.SUBJECT_GROUP_ID),
                SubjectGroupOutcome.REFERRED_TO_RESPONSIBLE_ENTITY);
        tasks.complete(task, Map.of());
    }

    /** The Member State investigated itself and reported its finding. */
    @Transactional
    public void recordNationalFinding(String taskId, SubjectGroupOutcome finding) {
        OpenTask task = tasks.open(taskId, SeaCaseProcess.Element.user_record_national_finding.id());
        if (!FINDINGS.contains(finding)) {
            throw invalid("finding", "must be SUBSTANTIATED, NOT_SUBSTANTIATED or CLOSED_OTHER");
        }
        tasks.complete(
                task,
                ProcessVariables.with(SeaCaseProcess.Variables.FINDING, finding.name())
                        .asMap());
    }

    private static InvalidInputException invalid(String field, String reason) {
        return new InvalidInputException(List.of(new Violation(field, reason)));
    }
}
