package org.safeguard.casefile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completes the routing tasks of a subject group's branch, one typed method per task. */
@Service
public class SubjectGroupRouting {

    public static final String DECIDE_BODY = "user_decide_investigating_body";
    public static final String REFER_TO_ENTITY = "user_refer_to_responsible_entity";
    public static final String NATIONAL_FINDING = "user_record_national_finding";
    /** The variables a subject group's branch decides on (the decision table's result is the route). */
    public static final String ROUTE = "route";

    public static final String INVESTIGATING_BODY = "investigatingBody";
    public static final String FINDING = "finding";
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
        OpenTask task = tasks.open(taskId, DECIDE_BODY);
        if (body != InvestigatingBody.HEAD_OF_MISSION && body != InvestigatingBody.OVERSIGHT_OFFICE) {
            throw invalid("investigatingBody", "must be HEAD_OF_MISSION or OVERSIGHT_OFFICE");
        }
        tasks.complete(task, Map.of(INVESTIGATING_BODY, body.name()));
    }

    /** Implementing partners and non-UN forces: the responsible entity acts; the referral is recorded. */
    @Transactional
    public void referToResponsibleEntity(String taskId) {
        OpenTask task = tasks.open(taskId, REFER_TO_ENTITY);
        cases.recordOutcome(
                tasks.variable(task, "subjectGroupId", Long.class), SubjectGroupOutcome.REFERRED_TO_RESPONSIBLE_ENTITY);
        tasks.complete(task, Map.of());
    }

    /** The Member State investigated itself and reported its finding. */
    @Transactional
    public void recordNationalFinding(String taskId, SubjectGroupOutcome finding) {
        OpenTask task = tasks.open(taskId, NATIONAL_FINDING);
        if (!FINDINGS.contains(finding)) {
            throw invalid("finding", "must be SUBSTANTIATED, NOT_SUBSTANTIATED or CLOSED_OTHER");
        }
        tasks.complete(task, Map.of(FINDING, finding.name()));
    }

    private static InvalidInputException invalid(String field, String reason) {
        return new InvalidInputException(List.of(new Violation(field, reason)));
    }
}
