package org.safeguard.investigation.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.investigation.Investigations;
import org.safeguard.investigation.ReviewDecision;

/** "Review report": accept the report or send it back for rework, saying what to change. */
class ReviewForm extends TaskForm {

    private final RadioButtonGroup<Boolean> accepted = new RadioButtonGroup<>(Texts.text("review.decision"));
    private final TextArea comments = new TextArea(Texts.text("review.comments"));

    ReviewForm() {
        accepted.setItems(Boolean.TRUE, Boolean.FALSE);
        accepted.setItemLabelGenerator(accept -> accept ? Texts.text("review.accept") : Texts.text("review.rework"));
        accepted.setRequiredIndicatorVisible(true);
        comments.setHelperText(Texts.text("review.commentsHelp"));
        comments.setMaxLength(Investigations.MAX_TEXT);
        comments.setWidthFull();
        comments.setMinHeight("6em");
        add(accepted, comments);
        addCompleteButton(Texts.text("form.complete"));
    }

    /**
     * The review as the service takes it; without a choice it is refused here, since the service's
     * record cannot tell "no choice" from "sent back".
     */
    ReviewDecision decision() {
        if (accepted.getValue() == null) {
            throw new InvalidInputException(List.of(new Violation("accepted", "must be chosen")));
        }
        return new ReviewDecision(accepted.getValue(), comments.getValue().isBlank() ? null : comments.getValue());
    }

    RadioButtonGroup<Boolean> accepted() {
        return accepted;
    }

    TextArea comments() {
        return comments;
    }

    @Override
    protected boolean placed(Violation violation) {
        switch (ViolationMessages.field(violation)) {
            case "accepted", "decision" -> {
                accepted.setErrorMessage(Texts.text("violation.decision"));
                accepted.setInvalid(true);
            }
            case "comments" -> {
                comments.setErrorMessage(Texts.text("violation.reviewComments"));
                comments.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        accepted.setInvalid(false);
        comments.setInvalid(false);
    }
}
