package org.safeguard.victim.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.Arrays;
import java.util.List;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.TaskForm;
import org.safeguard.base.ui.forms.ViolationMessages;
import org.safeguard.victim.Need;
import org.safeguard.victim.VictimSummary;

/** "Assess needs": the needs found, each referred to a provider afterwards; none is a valid answer. */
class NeedsForm extends TaskForm {

    private final CheckboxGroup<Need> needs = new CheckboxGroup<>(Texts.text("assistance.needs"));

    NeedsForm(VictimSummary victim) {
        needs.setItems(Need.values());
        needs.setItemLabelGenerator(Texts::of);
        needs.addClassName("needs");
        needs.setHelperText(Texts.text("assistance.needsHelp"));
        add(new VictimLine(victim), needs);
        addCompleteButton(Texts.text("form.complete"));
    }

    /** The needs chosen, in the order of the list, as the service takes them. */
    List<Need> needs() {
        return Arrays.stream(Need.values()).filter(needs.getValue()::contains).toList();
    }

    CheckboxGroup<Need> needsField() {
        return needs;
    }

    @Override
    protected boolean placed(Violation violation) {
        if (!"needs".equals(ViolationMessages.field(violation))) {
            return false;
        }
        needs.setErrorMessage(AssistanceViolations.message(violation));
        needs.setInvalid(true);
        return true;
    }

    @Override
    protected void clearFieldErrors() {
        needs.setInvalid(false);
    }
}
