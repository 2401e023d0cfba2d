package org.safeguard.investigation.rest;

import java.util.List;
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
                TaskCompletion.of(Investigations.PLAN, StepNotes.class, investigations::planInvestigation),
                TaskCompletion.of(
                        Investigations.INTERVIEW_VICTIM, StepNotes.class, investigations::recordVictimInterview),
                TaskCompletion.of(
                        Investigations.INTERVIEW_SUBJECT_AND_WITNESSES,
                        StepNotes.class,
                        investigations::recordSubjectAndWitnessInterviews),
                TaskCompletion.of(Investigations.GATHER_EVIDENCE, StepNotes.class, investigations::recordEvidence),
                TaskCompletion.of(Investigations.WRITE_REPORT, Report.class, investigations::submitReport),
                TaskCompletion.of(Investigations.REVIEW_REPORT, ReviewDecision.class, investigations::review),
                TaskCompletion.of(
                        Investigations.HANDLE_ESCALATION, EscalationResponse.class, investigations::handleEscalation),
                TaskCompletion.of(
                        Investigations.APPROVE_EXTENSION, ExtensionDecision.class, investigations::decideExtension),
                TaskCompletion.of(Investigations.DECIDE_FINDING, Finding.class, investigations::recordFinding));
    }
}
