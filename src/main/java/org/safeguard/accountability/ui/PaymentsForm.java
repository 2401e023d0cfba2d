package org.safeguard.accountability.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.accountability.AccountabilityMeasures;
import org.safeguard.accountability.PaymentsAndRepatriation;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;

/** "Record withheld payments" for uniformed personnel: payments withheld? repatriated? and the particulars. */
class PaymentsForm extends TaskForm {

    private final RadioButtonGroup<Boolean> paymentsWithheld = yesNo(Texts.text("payments.withheld"));
    private final RadioButtonGroup<Boolean> repatriated = yesNo(Texts.text("payments.repatriated"));
    private final TextArea details = new TextArea(Texts.text("payments.details"));

    PaymentsForm() {
        details.setRequiredIndicatorVisible(true);
        details.setMaxLength(AccountabilityMeasures.MAX_TEXT);
        details.setWidthFull();
        details.setMinHeight("6em");
        add(paymentsWithheld, repatriated, details);
        addCompleteButton(Texts.text("form.complete"));
    }

    /**
     * The record as the service takes it; an unanswered question is refused here, since the
     * service's yes/no cannot tell "not answered" from "no".
     */
    PaymentsAndRepatriation record() {
        List<Violation> unanswered = new ArrayList<>();
        if (paymentsWithheld.getValue() == null) {
            unanswered.add(new Violation("paymentsWithheld", "must be chosen"));
        }
        if (repatriated.getValue() == null) {
            unanswered.add(new Violation("repatriated", "must be chosen"));
        }
        if (!unanswered.isEmpty()) {
            throw new InvalidInputException(unanswered);
        }
        return new PaymentsAndRepatriation(
                paymentsWithheld.getValue(),
                repatriated.getValue(),
                details.getValue().isBlank() ? null : details.getValue());
    }

    RadioButtonGroup<Boolean> paymentsWithheld() {
        return paymentsWithheld;
    }

    RadioButtonGroup<Boolean> repatriated() {
        return repatriated;
    }

    TextArea details() {
        return details;
    }

    @Override
    protected boolean placed(Violation violation) {
        switch (ViolationMessages.field(violation)) {
            case "paymentsWithheld" -> {
                paymentsWithheld.setErrorMessage(Texts.text("violation.answer"));
                paymentsWithheld.setInvalid(true);
            }
            case "repatriated" -> {
                repatriated.setErrorMessage(Texts.text("violation.answer"));
                repatriated.setInvalid(true);
            }
            case "details" -> {
                details.setErrorMessage(Texts.text("violation.paymentDetails"));
                details.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        paymentsWithheld.setInvalid(false);
        repatriated.setInvalid(false);
        details.setInvalid(false);
    }

    private static RadioButtonGroup<Boolean> yesNo(String label) {
        RadioButtonGroup<Boolean> question = new RadioButtonGroup<>(label);
        question.setItems(Boolean.TRUE, Boolean.FALSE);
        question.setItemLabelGenerator(TaskForm::yesNo);
        question.setRequiredIndicatorVisible(true);
        return question;
    }
}
