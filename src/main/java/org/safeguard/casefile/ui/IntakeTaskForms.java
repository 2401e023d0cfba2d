package org.safeguard.casefile.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Set;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.base.ui.forms.ChoiceForm;
import org.safeguard.base.ui.forms.ConfirmForm;
import org.safeguard.casefile.InterimMeasures;
import org.safeguard.casefile.InvestigatingBody;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.safeguard.casefile.SubjectGroupRouting;

/**
 * The forms of the case file's tasks in the sea-case process: the preliminary assessment, the
 * routing decisions of each subject group's branch and the interim-measure decision. Each form
 * completes its task through the typed service, so the rules are the API's.
 */
@org.springframework.stereotype.Component
class IntakeTaskForms implements TaskFormProvider {

    private static final List<InvestigatingBody> BODIES =
            List.of(InvestigatingBody.HEAD_OF_MISSION, InvestigatingBody.OVERSIGHT_OFFICE);
    private static final List<SubjectGroupOutcome> FINDINGS = List.of(
            SubjectGroupOutcome.SUBSTANTIATED, SubjectGroupOutcome.NOT_SUBSTANTIATED, SubjectGroupOutcome.CLOSED_OTHER);

    private final PreliminaryAssessment assessment;
    private final SubjectGroupRouting routing;
    private final InterimMeasures interimMeasures;

    IntakeTaskForms(PreliminaryAssessment assessment, SubjectGroupRouting routing, InterimMeasures interimMeasures) {
        this.assessment = assessment;
        this.routing = routing;
        this.interimMeasures = interimMeasures;
    }

    @Override
    public Set<String> taskKinds() {
        return Set.of(
                SeaCaseProcess.Element.user_assess_allegation.id(),
                SeaCaseProcess.Element.user_decide_investigating_body.id(),
                SeaCaseProcess.Element.user_refer_to_responsible_entity.id(),
                SeaCaseProcess.Element.user_record_national_finding.id(),
                SeaCaseProcess.Element.user_decide_interim_measure.id());
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        return switch (SeaCaseProcess.Element.valueOf(taskKind)) {
            case user_assess_allegation -> {
                AssessmentForm form = new AssessmentForm(assessment.groupsToAssess(taskId));
                yield form.completesWith(() -> assessment.complete(taskId, form.assessments()), completed);
            }
            case user_decide_investigating_body -> {
                ChoiceForm<InvestigatingBody> form = new ChoiceForm<>(
                        Texts.text("routing.investigatingBody"), BODIES, Texts::of, "investigatingBody");
                yield form.completesWith(() -> routing.decideInvestigatingBody(taskId, form.chosen()), completed);
            }
            case user_record_national_finding -> {
                ChoiceForm<SubjectGroupOutcome> form =
                        new ChoiceForm<>(Texts.text("routing.finding"), FINDINGS, Texts::of, "finding");
                yield form.completesWith(() -> routing.recordNationalFinding(taskId, form.chosen()), completed);
            }
            case user_refer_to_responsible_entity -> {
                ConfirmForm form = new ConfirmForm(Texts.text("routing.referral"), Texts.text("routing.referralDone"));
                yield form.completesWith(() -> routing.referToResponsibleEntity(taskId), completed);
            }
            case user_decide_interim_measure -> {
                ChoiceForm<Boolean> form = new ChoiceForm<>(
                        Texts.text("interimMeasure.decision"),
                        List.of(Boolean.TRUE, Boolean.FALSE),
                        IntakeTaskForms::approval,
                        "approved");
                yield form.completesWith(() -> interimMeasures.decide(taskId, form.chosen()), completed);
            }
            default -> throw new IllegalArgumentException("No form for task kind " + taskKind);
        };
    }

    private static String approval(Boolean approved) {
        return approved ? Texts.text("interimMeasure.approve") : Texts.text("interimMeasure.reject");
    }
}
