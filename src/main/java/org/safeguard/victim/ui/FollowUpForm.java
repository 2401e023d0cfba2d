package org.safeguard.victim.ui;

import java.util.List;
import org.safeguard.base.Violation;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.ui.forms.ChoiceForm;
import org.safeguard.victim.VictimSummary;

/** "Follow up with victim": does assistance continue (next follow-up due) or end (the track closes)? */
class FollowUpForm extends ChoiceForm<Boolean> {

    FollowUpForm(VictimSummary victim) {
        super(
                Texts.text("assistance.continue"),
                List.of(Boolean.TRUE, Boolean.FALSE),
                FollowUpForm::label,
                "continueAssistance");
        addComponentAsFirst(new VictimLine(victim));
    }

    /** At the choice, this task's own message rather than the shared kernel's generic one. */
    @Override
    protected boolean placed(Violation violation) {
        if (!super.placed(violation)) {
            return false;
        }
        choice().setErrorMessage(AssistanceViolations.message(violation));
        return true;
    }

    private static String label(Boolean continues) {
        return continues ? Texts.text("assistance.continueYes") : Texts.text("assistance.continueNo");
    }
}
