package org.safeguard.investigation.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.base.ui.forms.TextForm;
import org.safeguard.investigation.EscalationResponse;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.Report;
import org.safeguard.investigation.StepNotes;

/**
 * The forms of the investigation's tasks: the investigator's steps, the manager's review,
 * escalation and extension decisions, and the finding. Each completes its task through the typed
 * method of {@link Investigations}, so the rules are the service's; what is written stays in
 * Safeguard's tables.
 */
@org.springframework.stereotype.Component
class InvestigationTaskForms implements TaskFormProvider {

    private final Investigations investigations;

    InvestigationTaskForms(Investigations investigations) {
        this.investigations = investigations;
    }

    @Override
    public Set<String> taskKinds() {
        return Set.of(
                Investigations.PLAN,
                Investigations.INTERVIEW_VICTIM,
                Investigations.INTERVIEW_SUBJECT_AND_WITNESSES,
                Investigations.GATHER_EVIDENCE,
                Investigations.WRITE_REPORT,
                Investigations.REVIEW_REPORT,
                Investigations.HANDLE_ESCALATION,
                Investigations.APPROVE_EXTENSION,
                Investigations.DECIDE_FINDING);
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        return switch (taskKind) {
            case Investigations.PLAN -> {
                TextForm form = notes(Texts.text("investigation.plan"));
                yield form.completesWith(
                        () -> investigations.planInvestigation(taskId, new StepNotes(form.text())), completed);
            }
            case Investigations.INTERVIEW_VICTIM -> {
                TextForm form = notes(Texts.text("investigation.victimInterview"));
                yield form.completesWith(
                        () -> investigations.recordVictimInterview(taskId, new StepNotes(form.text())), completed);
            }
            case Investigations.INTERVIEW_SUBJECT_AND_WITNESSES -> {
                TextForm form = notes(Texts.text("investigation.interviews"));
                yield form.completesWith(
                        () -> investigations.recordSubjectAndWitnessInterviews(taskId, new StepNotes(form.text())),
                        completed);
            }
            case Investigations.GATHER_EVIDENCE -> {
                TextForm form = notes(Texts.text("investigation.evidence"));
                yield form.completesWith(
                        () -> investigations.recordEvidence(taskId, new StepNotes(form.text())), completed);
            }
            case Investigations.WRITE_REPORT -> {
                TextForm form = notes(Texts.text("investigation.report"));
                yield form.completesWith(() -> investigations.submitReport(taskId, new Report(form.text())), completed);
            }
            case Investigations.REVIEW_REPORT -> {
                ReviewForm form = new ReviewForm();
                yield form.completesWith(() -> investigations.review(taskId, form.decision()), completed);
            }
            case Investigations.HANDLE_ESCALATION -> {
                TextForm form = new TextForm(
                        Texts.text("investigation.escalationAction"),
                        "action",
                        Texts.text("violation.escalationAction"));
                yield form.completesWith(
                        () -> investigations.handleEscalation(taskId, new EscalationResponse(form.text())), completed);
            }
            case Investigations.APPROVE_EXTENSION -> {
                ExtensionForm form = new ExtensionForm(investigations.extensionRequest(taskId));
                yield form.completesWith(() -> investigations.decideExtension(taskId, form.decision()), completed);
            }
            case Investigations.DECIDE_FINDING -> {
                FindingForm form = new FindingForm();
                yield form.completesWith(() -> investigations.recordFinding(taskId, form.finding()), completed);
            }
            default -> throw new IllegalArgumentException("No form for task kind " + taskKind);
        };
    }

    /** A step's notes: every step and the report are refused alike when nothing is written. */
    private static TextForm notes(String label) {
        return new TextForm(label, "summary", Texts.text("violation.notes"));
    }
}
