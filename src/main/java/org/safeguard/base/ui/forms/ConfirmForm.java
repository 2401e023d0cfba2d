package org.safeguard.base.ui.forms;

import com.vaadin.flow.component.html.Paragraph;
import org.safeguard.base.Violation;

/** A task the user only confirms once done outside Safeguard, e.g. a referral to the responsible entity. */
public class ConfirmForm extends TaskForm {

    public ConfirmForm(String explanation, String buttonLabel) {
        add(new Paragraph(explanation));
        addCompleteButton(buttonLabel);
    }

    @Override
    protected boolean placed(Violation violation) {
        return false;
    }

    @Override
    protected void clearFieldErrors() {
        // A confirmation has no fields.
    }
}
