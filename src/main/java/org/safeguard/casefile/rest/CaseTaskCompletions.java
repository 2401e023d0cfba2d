package org.safeguard.casefile.rest;

import java.util.List;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.tasks.Confirmation;
import org.safeguard.base.tasks.TaskCompletion;
import org.safeguard.base.tasks.TaskCompletionProvider;
import org.safeguard.casefile.CaseOutcome;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.InterimMeasures;
import org.safeguard.casefile.InvestigatingBody;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.safeguard.casefile.SubjectGroupRouting;
import org.springframework.stereotype.Component;

/**
 * The task API's bodies for the case file's tasks: the preliminary assessment, each subject
 * group's routing, the interim-measure decision and the victim told the outcome. Each calls the
 * service method the task's form calls.
 */
@Component
class CaseTaskCompletions implements TaskCompletionProvider {

    private final PreliminaryAssessment assessment;
    private final SubjectGroupRouting routing;
    private final InterimMeasures interimMeasures;
    private final CaseOutcome outcome;

    CaseTaskCompletions(
            PreliminaryAssessment assessment,
            SubjectGroupRouting routing,
            InterimMeasures interimMeasures,
            CaseOutcome outcome) {
        this.assessment = assessment;
        this.routing = routing;
        this.interimMeasures = interimMeasures;
        this.outcome = outcome;
    }

    @Override
    public List<TaskCompletion<?>> completions() {
        return List.of(
                TaskCompletion.of(
                        SeaCaseProcess.Element.user_assess_allegation.id(),
                        Assessments.class,
                        (taskId, body) -> assessment.complete(taskId, body.assessments())),
                TaskCompletion.of(
                        SeaCaseProcess.Element.user_decide_investigating_body.id(),
                        InvestigatingBodyChoice.class,
                        (taskId, body) -> routing.decideInvestigatingBody(taskId, body.investigatingBody())),
                TaskCompletion.of(
                        SeaCaseProcess.Element.user_record_national_finding.id(),
                        NationalFinding.class,
                        (taskId, body) -> routing.recordNationalFinding(taskId, body.finding())),
                TaskCompletion.of(
                        SeaCaseProcess.Element.user_refer_to_responsible_entity.id(),
                        Confirmation.class,
                        (taskId, body) -> routing.referToResponsibleEntity(taskId)),
                TaskCompletion.of(
                        SeaCaseProcess.Element.user_decide_interim_measure.id(),
                        InterimMeasureDecision.class,
                        (taskId, body) -> interimMeasures.decide(taskId, body.approved())),
                TaskCompletion.of(
                        SeaCaseProcess.Element.user_inform_victim.id(),
                        Confirmation.class,
                        (taskId, body) -> outcome.victimInformed(taskId)));
    }

    /** One assessment per subject group of the case (ids as {@code GET /api/cases/{reference}} lists them). */
    record Assessments(List<GroupAssessment> assessments) {}

    /** Police and military observers: HEAD_OF_MISSION (preliminary inquiry) or OVERSIGHT_OFFICE. */
    record InvestigatingBodyChoice(InvestigatingBody investigatingBody) {}

    /** The Member State's own finding: SUBSTANTIATED, NOT_SUBSTANTIATED or CLOSED_OTHER. */
    record NationalFinding(SubjectGroupOutcome finding) {}

    /** Whether the proposed interim measure is approved. */
    record InterimMeasureDecision(boolean approved) {}
}
