package org.safeguard.investigation.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.processes.InvestigationProcess;
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
                InvestigationProcess.Element.user_plan_investigation.id(),
                InvestigationProcess.Element.user_interview_victim.id(),
                InvestigationProcess.Element.user_interview_subject_and_witnesses.id(),
                InvestigationProcess.Element.user_gather_evidence.id(),
                InvestigationProcess.Element.user_write_report.id(),
                InvestigationProcess.Element.user_review_report.id(),
                InvestigationProcess.Element.user_handle_escalation.id(),
                InvestigationProcess.Element.user_approve_extension.id(),
                InvestigationProcess.Element.user_decide_finding.id());
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        return switch (InvestigationProcess.Element.valueOf(taskKind)) {
            case user_plan_investigation -> {
                TextForm form = notes(Texts.text("investigation.plan"));
                yield form.completesWith(
                        () -> investigations.planInvestigation(taskId, new StepNotes(form.text())), completed);
            }
            case user_interview_victim -> {
                TextForm form = notes(Texts.text("investigation.victimInterview"));
                yield form.completesWith(
                        () -> investigations.recordVictimInterview(taskId, new StepNotes(form.text())), completed);
            }
            case user_interview_subject_and_witnesses -> {
                TextForm form = notes(Texts.text("investigation.interviews"));
                yield form.completesWith(
                        () -> investigations.recordSubjectAndWitnessInterviews(taskId, new StepNotes(form.text())),
                        completed);
            }
            case user_gather_evidence -> {
                TextForm form = notes(Texts.text("investigation.evidence"));
                yield form.completesWith(
                        () -> investigations.recordEvidence(taskId, new StepNotes(form.text())), completed);
            }
            case user_write_report -> {
                TextForm form = notes(Texts.text("investigation.report"));
                yield form.completesWith(() -> investigations.submitReport(taskId, new Report(form.text())), completed);
            }
            case user_review_report -> {
                ReviewForm form = new ReviewForm();
                yield form.completesWith(() -> investigations.review(taskId, form.decision()), completed);
            }
            case user_handle_escalation -> {
                TextForm form = new TextForm(
                        Texts.text("investigation.escalationAction"),
                        "action",
                        Texts.text("violation.escalationAction"));
                yield form.completesWith(
                        () -> investigations.handleEscalation(taskId, new EscalationResponse(form.text())), completed);
            }
            case user_approve_extension -> {
                ExtensionForm form = new ExtensionForm(investigations.extensionRequest(taskId));
                yield form.completesWith(() -> investigations.decideExtension(taskId, form.decision()), completed);
            }
            case user_decide_finding -> {
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
