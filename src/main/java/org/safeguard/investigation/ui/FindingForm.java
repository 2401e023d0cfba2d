package org.safeguard.investigation.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.investigation.Finding;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.Investigations;

/** "Decide finding": the finding and the reasoning behind it. */
class FindingForm extends TaskForm {

    private final RadioButtonGroup<FindingCode> code = new RadioButtonGroup<>(Texts.text("finding.code"));
    private final TextArea reasoning = new TextArea(Texts.text("finding.reasoning"));

    FindingForm() {
        code.setItems(List.of(FindingCode.values()));
        code.setItemLabelGenerator(Texts::of);
        code.setRequiredIndicatorVisible(true);
        reasoning.setRequiredIndicatorVisible(true);
        reasoning.setMaxLength(Investigations.MAX_TEXT);
        reasoning.setWidthFull();
        reasoning.setMinHeight("6em");
        add(code, reasoning);
        addCompleteButton(Texts.text("form.complete"));
    }

    /** The finding as typed; a missing code stays null, which the service refuses as such. */
    Finding finding() {
        return new Finding(code.getValue(), reasoning.getValue().isBlank() ? null : reasoning.getValue());
    }

    RadioButtonGroup<FindingCode> code() {
        return code;
    }

    TextArea reasoning() {
        return reasoning;
    }

    @Override
    protected boolean placed(Violation violation) {
        switch (ViolationMessages.field(violation)) {
            case "code", "finding" -> {
                code.setErrorMessage(Texts.text("violation.finding"));
                code.setInvalid(true);
            }
            case "reasoning" -> {
                reasoning.setErrorMessage(Texts.text("violation.reasoning"));
                reasoning.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        code.setInvalid(false);
        reasoning.setInvalid(false);
    }
}
