package org.safeguard.casefile.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.base.ui.forms.ConfirmForm;
import org.safeguard.casefile.CaseOutcome;

/**
 * The form of the case's last human step: the advocate confirms the victims were told the outcome,
 * which is done in person, outside Safeguard; {@link CaseOutcome} completes the task.
 */
@org.springframework.stereotype.Component
class OutcomeTaskForms implements TaskFormProvider {

    private final CaseOutcome outcome;

    OutcomeTaskForms(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public Set<String> taskKinds() {
        return Set.of(SeaCaseProcess.Element.user_inform_victim.id());
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        if (!SeaCaseProcess.Element.user_inform_victim.id().equals(taskKind)) {
            throw new IllegalArgumentException("No form for task kind " + taskKind);
        }
        ConfirmForm form = new ConfirmForm(Texts.text("outcome.informVictim"), Texts.text("outcome.victimInformed"));
        return form.completesWith(() -> outcome.victimInformed(taskId), completed);
    }
}
