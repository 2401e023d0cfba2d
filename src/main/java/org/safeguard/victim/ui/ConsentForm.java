package org.safeguard.victim.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.VictimSummary;

/** "Record consent to assistance": was assistance accepted, and who answered for the victim. */
class ConsentForm extends TaskForm {

    private final RadioButtonGroup<Boolean> given = new RadioButtonGroup<>(Texts.text("assistance.consent"));
    private final RadioButtonGroup<ConsentGiver> givenBy = new RadioButtonGroup<>(Texts.text("assistance.givenBy"));

    ConsentForm(VictimSummary victim) {
        given.setItems(Boolean.TRUE, Boolean.FALSE);
        given.setItemLabelGenerator(
                answer -> answer ? Texts.text("assistance.consentGiven") : Texts.text("assistance.consentRefused"));
        given.setRequiredIndicatorVisible(true);
        given.addClassName("consent-given");
        givenBy.setItems(ConsentGiver.values());
        givenBy.setItemLabelGenerator(Texts::of);
        givenBy.setRequiredIndicatorVisible(true);
        givenBy.addClassName("consent-given-by");
        if (victim.ageGroup() == AgeGroup.CHILD) {
            givenBy.setHelperText(Texts.text("assistance.error.childConsent"));
        }
        add(new VictimLine(victim), given, givenBy);
        addCompleteButton(Texts.text("form.complete"));
    }

    /**
     * The answer given; both choices are required, so an unanswered form is refused here rather
     * than read as a refusal by the service.
     */
    ConsentAnswer answer() {
        List<Violation> violations = new ArrayList<>();
        if (given.getValue() == null) {
            violations.add(new Violation("given", "must be chosen"));
        }
        if (givenBy.getValue() == null) {
            violations.add(new Violation("givenBy", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ConsentAnswer(given.getValue(), givenBy.getValue());
    }

    RadioButtonGroup<Boolean> given() {
        return given;
    }

    RadioButtonGroup<ConsentGiver> givenBy() {
        return givenBy;
    }

    @Override
    protected boolean placed(Violation violation) {
        RadioButtonGroup<?> field = switch (ViolationMessages.field(violation)) {
            case "given" -> given;
            case "givenBy" -> givenBy;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(AssistanceViolations.message(violation));
        field.setInvalid(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        given.setInvalid(false);
        givenBy.setInvalid(false);
    }
}
