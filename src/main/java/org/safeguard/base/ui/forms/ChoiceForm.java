package org.safeguard.base.ui.forms;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;

/** A task decided by one choice, e.g. who investigates or the Member State's finding. */
public class ChoiceForm<T> extends TaskForm {

    private final RadioButtonGroup<T> choice;
    private final String field;

    /** @param field the name the typed service gives the choice in its violations */
    public ChoiceForm(String label, List<T> options, ItemLabelGenerator<T> labels, String field) {
        this.field = field;
        choice = new RadioButtonGroup<>(label);
        choice.setItems(options);
        choice.setItemLabelGenerator(labels);
        choice.setRequiredIndicatorVisible(true);
        add(choice);
        addCompleteButton(Texts.text("form.complete"));
    }

    /**
     * The option chosen; refused like the service's own rules when none is, so a missing choice
     * never reaches a service that would misread the null (an interim measure rejected unasked).
     */
    public T chosen() {
        if (choice.getValue() == null) {
            throw new InvalidInputException(List.of(new Violation(field, "must be chosen")));
        }
        return choice.getValue();
    }

    public RadioButtonGroup<T> choice() {
        return choice;
    }

    @Override
    protected boolean placed(Violation violation) {
        if (!field.equals(ViolationMessages.field(violation))) {
            return false;
        }
        choice.setErrorMessage(ViolationMessages.message(violation));
        choice.setInvalid(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        choice.setInvalid(false);
    }
}
