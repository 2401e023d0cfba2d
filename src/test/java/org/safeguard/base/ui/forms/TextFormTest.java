package org.safeguard.base.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.testsupport.TaskForms;

/** The one-text form without a server: what it hands the service, and where refusals show. */
class TextFormTest {

    final TextForm form = new TextForm("Investigation plan", "summary", "Write the notes.");

    @Test
    void blank_text_reaches_the_service_as_null_so_its_own_rule_refuses_it() {
        form.textArea().setValue("   ");

        assertThat(form.text()).isNull();
    }

    @Test
    void the_text_typed_is_what_the_service_gets() {
        form.textArea().setValue("Hear the subject first");

        assertThat(form.text()).isEqualTo("Hear the subject first");
    }

    @Test
    void a_refusal_of_its_field_shows_at_the_text_and_keeps_what_was_typed() {
        form.textArea().setValue("Too long, say");

        form.showViolations(List.of(new Violation("summary", "at most 20000 characters")));

        assertThat(form.textArea().isInvalid()).isTrue();
        assertThat(form.textArea().getErrorMessage()).isEqualTo("Write the notes.");
        assertThat(form.textArea().getValue()).isEqualTo("Too long, say");
    }

    @Test
    void a_refusal_of_another_field_stays_with_the_form_and_clears_the_earlier_one() {
        form.showViolations(List.of(new Violation("summary", "required")));

        form.showViolations(List.of(new Violation("notes", "required")));

        assertThat(form.textArea().isInvalid()).isFalse();
    }

    @Test
    void complete_calls_the_service_and_then_completed_only_when_the_service_accepts() {
        List<String> calls = new ArrayList<>();
        form.completesWith(
                () -> {
                    calls.add("service:" + form.text());
                    if (form.text() == null) {
                        throw new InvalidInputException(List.of(new Violation("summary", "required")));
                    }
                },
                () -> calls.add("completed"));

        complete();
        assertThat(form.textArea().isInvalid())
                .as("the refusal shows at the text")
                .isTrue();
        form.textArea().setValue("Plan");
        complete();

        assertThat(calls).containsExactly("service:null", "service:Plan", "completed");
    }

    private void complete() {
        TaskForms.complete(form);
    }
}
