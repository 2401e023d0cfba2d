package org.safeguard.memberstate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.Violation;

class NoteVerbaleFormTest {

    final NoteVerbaleForm form =
            new NoteVerbaleForm("Send the note verbale to the permanent mission (Canada, notification)");

    @Test
    void the_number_typed_reaches_the_service_without_surrounding_blanks() {
        form.noteReferenceField().setValue(" NV/2026/117 ");

        assertThat(form.noteReference()).isEqualTo("NV/2026/117");
    }

    @Test
    void a_blank_number_reaches_the_service_as_missing_so_its_rule_reports_it() {
        form.noteReferenceField().setValue("   ");

        assertThat(form.noteReference()).isNull();
    }

    @Test
    void the_services_refusal_shows_at_the_reference_and_keeps_it() {
        form.noteReferenceField().setValue("NV");

        form.showViolations(List.of(new Violation("noteReference", "must be at most 40 characters")));

        assertThat(form.noteReferenceField().isInvalid()).isTrue();
        assertThat(form.noteReferenceField().getErrorMessage())
                .isEqualTo("The dispatch reference has at most 40 characters.");
        assertThat(form.noteReferenceField().getValue()).isEqualTo("NV");
        assertThat(form.noteReferenceField().getMaxLength()).isEqualTo(40);
    }
}
