package org.safeguard.casefile.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.SubjectGroup;

/** "Assess allegation": for each subject group, would the acts breach the standards, and why not. */
class AssessmentForm extends TaskForm {

    private final List<GroupFields> groups = new ArrayList<>();

    AssessmentForm(List<SubjectGroup> subjectGroups) {
        for (int i = 0; i < subjectGroups.size(); i++) {
            SubjectGroup group = subjectGroups.get(i);
            RadioButtonGroup<Boolean> breaches = new RadioButtonGroup<>(Texts.text("assessment.breaches"));
            breaches.setItems(Boolean.TRUE, Boolean.FALSE);
            breaches.setItemLabelGenerator(TaskForm::yesNo);
            breaches.setRequiredIndicatorVisible(true);
            TextArea reason = new TextArea(Texts.text("assessment.reason"));
            reason.setMaxLength(GroupAssessment.REASON_MAX);
            reason.setWidthFull();
            add(
                    new H4(Texts.text(
                            "assessment.group",
                            i + 1,
                            Texts.of(group.personnelCategory()),
                            group.nationality() == null ? "—" : group.nationality())),
                    breaches,
                    reason);
            groups.add(new GroupFields(group.id(), breaches, reason));
        }
        addCompleteButton(Texts.text("form.complete"));
    }

    /** What was typed, as the typed service takes it. */
    List<GroupAssessment> assessments() {
        return groups.stream()
                .map(fields -> new GroupAssessment(
                        fields.id(),
                        fields.breaches().getValue(),
                        fields.reason().getValue().isBlank()
                                ? null
                                : fields.reason().getValue()))
                .toList();
    }

    /** The fields of the row the violation names; a violation of no row or field stays with the form. */
    @Override
    protected boolean placed(Violation violation) {
        int row = ViolationMessages.row(violation);
        if (row < 0 || row >= groups.size()) {
            return false;
        }
        GroupFields fields = groups.get(row);
        switch (ViolationMessages.field(violation)) {
            case "breachesStandards" -> {
                fields.breaches().setErrorMessage(ViolationMessages.message(violation));
                fields.breaches().setInvalid(true);
            }
            case "reason" -> {
                fields.reason().setErrorMessage(ViolationMessages.message(violation));
                fields.reason().setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        groups.forEach(fields -> {
            fields.breaches().setInvalid(false);
            fields.reason().setInvalid(false);
        });
    }

    RadioButtonGroup<Boolean> breaches(int row) {
        return groups.get(row).breaches();
    }

    TextArea reason(int row) {
        return groups.get(row).reason();
    }

    private record GroupFields(long id, RadioButtonGroup<Boolean> breaches, TextArea reason) {}
}
