package org.safeguard.accountability.ui;

import com.vaadin.flow.component.textfield.TextArea;
import org.safeguard.accountability.DisciplinaryDecision;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;

/** "Decide disciplinary measures" for staff, volunteers and contractors: the measures and why. */
class DisciplinaryForm extends TaskForm {

    private final TextArea measures = MeasureTexts.area(Texts.text("disciplinary.measures"));
    private final TextArea reasons = MeasureTexts.area(Texts.text("disciplinary.reasons"));

    DisciplinaryForm() {
        add(measures, reasons);
        addCompleteButton(Texts.text("form.complete"));
    }

    DisciplinaryDecision decision() {
        return new DisciplinaryDecision(MeasureTexts.value(measures), MeasureTexts.value(reasons));
    }

    TextArea measures() {
        return measures;
    }

    TextArea reasons() {
        return reasons;
    }

    @Override
    protected boolean placed(Violation violation) {
        return switch (ViolationMessages.field(violation)) {
            case "measures" -> MeasureTexts.refuse(measures, Texts.text("violation.measures"));
            case "reasons" -> MeasureTexts.refuse(reasons, Texts.text("violation.measureReasons"));
            default -> false;
        };
    }

    @Override
    protected void clearFieldErrors() {
        measures.setInvalid(false);
        reasons.setInvalid(false);
    }
}
