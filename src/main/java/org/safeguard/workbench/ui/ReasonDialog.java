package org.safeguard.workbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.workbench.ModelLibrary;

/**
 * Asks for the reason every change to the deployed models must carry (it goes to the library and
 * the audit trail). A refusal of the action shows under the field and leaves the dialog open.
 */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, Consumer<String> action) {
        setHeaderTitle(title);
        addClassName("reason-dialog");
        TextArea reason = new TextArea(Texts.text("models.reason"));
        reason.setMaxLength(ModelLibrary.REASON_MAX);
        reason.setRequired(true);
        reason.setWidth("28em");
        reason.addClassName("reason");
        add(reason);
        Button confirm = new Button(Texts.text("models.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(Texts.text("models.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            try {
                action.accept(reason.getValue());
                close();
            } catch (InvalidInputException e) {
                reason.setErrorMessage(e.violations().stream()
                        .map(Violation::reason)
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(e.getMessage()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm");
        getFooter().add(new Button(Texts.text("models.cancel"), click -> close()), confirm);
    }
}
