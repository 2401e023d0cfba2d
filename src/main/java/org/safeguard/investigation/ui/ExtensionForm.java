package org.safeguard.investigation.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.investigation.ExtensionDecision;
import org.safeguard.investigation.ExtensionRequest;
import org.safeguard.investigation.Investigations;

/**
 * "Decide on extension": what was asked and the target date now, then an approval with a new
 * target date or a refusal with its reason.
 */
class ExtensionForm extends TaskForm {

    private final RadioButtonGroup<Boolean> approved = new RadioButtonGroup<>(Texts.text("extension.decision"));
    private final DatePicker newDueDate = new DatePicker(Texts.text("extension.newDueDate"));
    private final TextArea reason = new TextArea(Texts.text("extension.reason"));
    private final String currentDue;

    ExtensionForm(ExtensionRequest request) {
        currentDue = Texts.dateTime(request.currentDueAt());
        Paragraph asked = new Paragraph(
                request.reason() == null
                        ? Texts.text("extension.noRequest", currentDue)
                        : Texts.text("extension.requested", request.requestedBy(), request.reason(), currentDue));
        asked.addClassName("extension-request");
        approved.setItems(Boolean.TRUE, Boolean.FALSE);
        approved.setItemLabelGenerator(
                approve -> approve ? Texts.text("extension.approve") : Texts.text("extension.refuse"));
        approved.setRequiredIndicatorVisible(true);
        newDueDate.setLocale(Texts.locale());
        newDueDate.setHelperText(Texts.text("extension.newDueDateHelp"));
        reason.setHelperText(Texts.text("extension.reasonHelp"));
        reason.setMaxLength(Investigations.MAX_TEXT);
        reason.setWidthFull();
        add(asked, approved, newDueDate, reason);
        addCompleteButton(Texts.text("form.complete"));
    }

    /**
     * The decision as the service takes it; without a choice it is refused here, since the
     * service's record cannot tell "no choice" from a refusal.
     */
    ExtensionDecision decision() {
        if (approved.getValue() == null) {
            throw new InvalidInputException(List.of(new Violation("approved", "must be chosen")));
        }
        String why = reason.getValue().isBlank() ? null : reason.getValue();
        return approved.getValue()
                ? new ExtensionDecision(true, endOfDay(newDueDate.getValue()), why)
                : new ExtensionDecision(false, null, why);
    }

    /** Dates are shown in UTC: a day picked holds until that day ends there. */
    static Date endOfDay(LocalDate day) {
        return day == null ? null : Date.from(day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
    }

    RadioButtonGroup<Boolean> approved() {
        return approved;
    }

    DatePicker newDueDate() {
        return newDueDate;
    }

    TextArea reason() {
        return reason;
    }

    @Override
    protected boolean placed(Violation violation) {
        switch (ViolationMessages.field(violation)) {
            case "approved", "decision" -> {
                approved.setErrorMessage(Texts.text("violation.decision"));
                approved.setInvalid(true);
            }
            case "newDueAt" -> {
                newDueDate.setErrorMessage(Texts.text("violation.newDueAt", currentDue));
                newDueDate.setInvalid(true);
            }
            case "reason" -> {
                reason.setErrorMessage(Texts.text("violation.extensionReason"));
                reason.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        approved.setInvalid(false);
        newDueDate.setInvalid(false);
        reason.setInvalid(false);
    }
}
