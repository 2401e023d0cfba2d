package org.safeguard.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.component.button.Button;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.safeguard.casefile.CaseOutcome;

class OutcomeTaskFormsTest {

    CaseOutcome outcome = mock(CaseOutcome.class);
    OutcomeTaskForms forms = new OutcomeTaskForms(outcome);

    @Test
    void confirming_the_victim_was_informed_completes_the_task() {
        AtomicBoolean completed = new AtomicBoolean();

        forms.form("task-1", "user_inform_victim", () -> completed.set(true))
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();

        verify(outcome).victimInformed("task-1");
        assertThat(completed).isTrue();
        assertThat(forms.taskKinds()).containsExactly("user_inform_victim");
    }
}
