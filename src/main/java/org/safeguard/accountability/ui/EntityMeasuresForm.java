package org.safeguard.accountability.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.safeguard.accountability.AccountabilityMeasures;
import org.safeguard.accountability.EntityMeasures;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;

/** "Record entity measures" for implementing partners and non-organisation forces: who acted and what they did. */
class EntityMeasuresForm extends TaskForm {

    private final TextField responsibleEntity = new TextField(Texts.text("entityMeasures.entity"));
    private final TextArea measures = MeasureTexts.area(Texts.text("entityMeasures.measures"));

    EntityMeasuresForm() {
        responsibleEntity.setRequiredIndicatorVisible(true);
        responsibleEntity.setMaxLength(AccountabilityMeasures.MAX_TEXT);
        responsibleEntity.setWidthFull();
        add(responsibleEntity, measures);
        addCompleteButton(Texts.text("form.complete"));
    }

    EntityMeasures measures() {
        return new EntityMeasures(
                responsibleEntity.getValue().isBlank() ? null : responsibleEntity.getValue(),
                MeasureTexts.value(measures));
    }

    TextField responsibleEntity() {
        return responsibleEntity;
    }

    TextArea measuresText() {
        return measures;
    }

    @Override
    protected boolean placed(Violation violation) {
        switch (ViolationMessages.field(violation)) {
            case "responsibleEntity" -> {
                responsibleEntity.setErrorMessage(Texts.text("violation.responsibleEntity"));
                responsibleEntity.setInvalid(true);
                return true;
            }
            case "measures" -> {
                return MeasureTexts.refuse(measures, Texts.text("violation.measures"));
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    protected void clearFieldErrors() {
        responsibleEntity.setInvalid(false);
        measures.setInvalid(false);
    }
}
