package org.safeguard.memberstate.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.memberstate.MemberStateEngagements;

/** "Send note verbale": the number of the note sent to the permanent mission, kept with the engagement's step. */
class NoteVerbaleForm extends TaskForm {

    private final TextField noteReference = new TextField(Texts.text("engagement.noteReference"));

    /** @param engagement who the note goes to and why, in the user's language */
    NoteVerbaleForm(String engagement) {
        noteReference.setMaxLength(MemberStateEngagements.NOTE_REFERENCE_MAX);
        noteReference.addClassName("note-reference");
        add(new Paragraph(engagement), noteReference);
        addCompleteButton(Texts.text("engagement.noteSent"));
    }

    /** The number typed, blank as null so the service's own rule reports it. */
    String noteReference() {
        return noteReference.getValue().isBlank()
                ? null
                : noteReference.getValue().strip();
    }

    TextField noteReferenceField() {
        return noteReference;
    }

    @Override
    protected boolean placed(Violation violation) {
        if (!"noteReference".equals(ViolationMessages.field(violation))) {
            return false;
        }
        noteReference.setErrorMessage(Texts.text("engagement.error.noteReference"));
        noteReference.setInvalid(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        noteReference.setInvalid(false);
    }
}
