package org.safeguard.base.ui.forms;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;

/**
 * A task's form: fields, a complete button, and the violations the typed service reports shown
 * beside the fields they concern. The form knows no service: {@code onComplete} calls it, and the
 * values typed stay in the fields when it refuses them.
 */
public abstract class TaskForm extends VerticalLayout {

    private final Span formError = new Span();
    private Runnable onComplete = () -> {};

    protected TaskForm() {
        formError.addClassName("form-error");
        formError.setVisible(false);
        setPadding(false);
    }

    /** Adds the complete button after the fields; call once the fields are added. */
    protected void addCompleteButton(String label) {
        Button complete = new Button(label, click -> onComplete.run());
        complete.addClassName("complete-task");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(formError, complete);
    }

    public void onComplete(Runnable action) {
        this.onComplete = action;
    }

    /**
     * Completes the task through the typed service when the user clicks complete; a refusal shows
     * at the fields and keeps what was typed, a task no longer open (or of no case the user may
     * see) is said so above the button, a success calls {@code completed}.
     */
    public TaskForm completesWith(Runnable complete, Runnable completed) {
        onComplete(() -> {
            try {
                complete.run();
            } catch (InvalidInputException refused) {
                showViolations(refused.violations());
                return;
            } catch (NotFoundException gone) {
                // Completed meanwhile, or of no case the user may see: say so, not the record's id.
                clearFieldErrors();
                formError.setText(Texts.text("form.taskGone"));
                formError.setVisible(true);
                return;
            }
            completed.run();
        });
        return this;
    }

    /** Shows each violation at its field, those of no field above the button; clears earlier ones. */
    public void showViolations(List<Violation> violations) {
        clearFieldErrors();
        List<String> unplaced = violations.stream()
                .filter(violation -> !placed(violation))
                .map(ViolationMessages::message)
                .distinct()
                .toList();
        formError.setText(String.join(" ", unplaced));
        formError.setVisible(!unplaced.isEmpty());
    }

    /** Shows the violation at its field; false when no field of this form has its name. */
    protected abstract boolean placed(Violation violation);

    protected abstract void clearFieldErrors();

    protected static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? Texts.text("form.yes") : Texts.text("form.no");
    }
}
