package org.safeguard.accountability.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguard.accountability.AccountabilityMeasures;
import org.safeguard.accountability.DisciplinaryDecision;
import org.safeguard.accountability.PaymentsAndRepatriation;
import org.safeguard.accountability.ScreeningEntry;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.ui.forms.TextForm;
import org.safeguard.testsupport.TaskForms;

/** The provider's forms with the service mocked: each task kind completes through its typed method. */
class AccountabilityTaskFormsTest {

    final AccountabilityMeasures measures = mock(AccountabilityMeasures.class);
    final AccountabilityTaskForms forms = new AccountabilityTaskForms(measures);
    final AtomicInteger completions = new AtomicInteger();

    @Test
    void every_user_task_of_the_accountability_model_has_a_form() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/accountability.bpmn")) {
            assertThat(forms.taskKinds())
                    .containsExactlyInAnyOrderElementsOf(Pattern.compile("<bpmn:userTask id=\"(\\w+)\"")
                            .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .results()
                            .map(m -> m.group(1))
                            .toList());
        }
        forms.taskKinds()
                .forEach(kind -> assertThat(forms.form("t1", kind, completions::incrementAndGet))
                        .isNotNull());
    }

    @Test
    void payments_reach_the_service_only_once_both_questions_are_answered() {
        PaymentsForm form = (PaymentsForm) forms.form(
                "t1", AccountabilityProcess.Element.user_record_withheld_payments.id(), completions::incrementAndGet);
        form.paymentsWithheld().setValue(true);

        TaskForms.complete(form);
        verify(measures, never()).recordPaymentsAndRepatriation(any(), any());
        assertThat(form.repatriated().isInvalid()).isTrue();

        form.repatriated().setValue(true);
        form.details().setValue("Repatriated on 3 April");
        TaskForms.complete(form);

        verify(measures)
                .recordPaymentsAndRepatriation("t1", new PaymentsAndRepatriation(true, true, "Repatriated on 3 April"));
        assertThat(completions).hasValue(1);
    }

    @Test
    void the_disciplinary_decision_and_the_screening_entry_reach_their_methods() {
        DisciplinaryForm disciplinary = (DisciplinaryForm) forms.form(
                "t1",
                AccountabilityProcess.Element.user_decide_disciplinary_measures.id(),
                completions::incrementAndGet);
        disciplinary.measures().setValue("Dismissal");
        disciplinary.reasons().setValue("Substantiated");
        TaskForms.complete(disciplinary);

        TextForm screening = (TextForm) forms.form(
                "t2", AccountabilityProcess.Element.user_enter_screening_database.id(), completions::incrementAndGet);
        screening.textArea().setValue("CR-2026-0001");
        TaskForms.complete(screening);

        verify(measures).decideDisciplinaryMeasures("t1", new DisciplinaryDecision("Dismissal", "Substantiated"));
        verify(measures).enterInScreeningDatabase("t2", new ScreeningEntry("CR-2026-0001"));
        assertThat(completions).hasValue(2);
    }
}
