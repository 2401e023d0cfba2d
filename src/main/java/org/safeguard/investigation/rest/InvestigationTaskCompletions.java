package org.safeguard.investigation.rest;

import java.util.List;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.tasks.TaskCompletion;
import org.safeguard.base.tasks.TaskCompletionProvider;
import org.safeguard.investigation.EscalationResponse;
import org.safeguard.investigation.ExtensionDecision;
import org.safeguard.investigation.Finding;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.Report;
import org.safeguard.investigation.ReviewDecision;
import org.safeguard.investigation.StepNotes;
import org.springframework.stereotype.Component;

/**
 * The task API's bodies for the investigation's tasks: the service's own records, each bound to the
 * method of {@link Investigations} the task's form calls.
 */
@Component
class InvestigationTaskCompletions implements TaskCompletionProvider {

    private final Investigations investigations;

    InvestigationTaskCompletions(Investigations investigations) {
        this.investigations = investigations;
    }

    @Override
    public List<TaskCompletion<?>> completions() {
        return List.of(
                TaskCompletion.of(
                        InvestigationProcess.Element.user_plan_investigation.id(),
                        StepNotes.class,
                        investigations::planInvestigation),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_interview_victim.id(),
                        StepNotes.class,
                        investigations::recordVictimInterview),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_interview_subject_and_witnesses.id(),
                        StepNotes.class,
                        investigations::recordSubjectAndWitnessInterviews),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_gather_evidence.id(),
                        StepNotes.class,
                        investigations::recordEvidence),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_write_report.id(),
                        Report.class,
                        investigations::submitReport),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_review_report.id(),
                        ReviewDecision.class,
                        investigations::review),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_handle_escalation.id(),
                        EscalationResponse.class,
                        investigations::handleEscalation),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_approve_extension.id(),
                        ExtensionDecision.class,
                        investigations::decideExtension),
                TaskCompletion.of(
                        InvestigationProcess.Element.user_decide_finding.id(),
                        Finding.class,
                        investigations::recordFinding));
    }
}
