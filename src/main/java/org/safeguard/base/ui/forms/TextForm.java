package org.safeguard.base.ui.forms;

import com.vaadin.flow.component.textfield.TextArea;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;

/**
 * A task done by writing one text, e.g. an investigation step's notes or a manager's action on a
 * breach. The text stays in Safeguard's tables: the service completes the task with codes only.
 */
public class TextForm extends TaskForm {

    private final TextArea text;
    private final String field;
    private final String refusal;

    /**
     * @param field the name the typed service gives the text in its violations
     * @param refusal the message shown at the text when the service refuses it, in the user's language
     */
    public TextForm(String label, String field, String refusal) {
        this.field = field;
        this.refusal = refusal;
        text = new TextArea(label);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMinHeight("8em");
        add(text);
        addCompleteButton(Texts.text("form.complete"));
    }

    /** What was typed, blank as null so the service's own rule reports it. */
    public String text() {
        return text.getValue().isBlank() ? null : text.getValue();
    }

    public TextArea textArea() {
        return text;
    }

    @Override
    protected boolean placed(Violation violation) {
        if (!field.equals(ViolationMessages.field(violation))) {
            return false;
        }
        text.setErrorMessage(refusal);
        text.setInvalid(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        text.setInvalid(false);
    }
}
