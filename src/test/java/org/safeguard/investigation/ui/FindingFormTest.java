package org.safeguard.investigation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.Violation;
import org.safeguard.investigation.Finding;
import org.safeguard.investigation.FindingCode;

class FindingFormTest {

    final FindingForm form = new FindingForm();

    @Test
    void the_finding_and_reasoning_typed_are_what_the_service_gets() {
        form.code().setValue(FindingCode.NOT_SUBSTANTIATED);
        form.reasoning().setValue("No witness confirmed the account");

        assertThat(form.finding())
                .isEqualTo(new Finding(FindingCode.NOT_SUBSTANTIATED, "No witness confirmed the account"));
    }

    @Test
    void every_finding_is_offered_in_words() {
        assertThat(form.code()
                        .getListDataView()
                        .getItems()
                        .map(form.code().getItemLabelGenerator())
                        .toList())
                .containsExactly("Substantiated", "Not substantiated", "Closed for another reason");
    }

    @Test
    void the_services_refusals_show_at_the_code_and_the_reasoning_and_the_values_stay() {
        form.reasoning().setValue("Corroborated");

        form.showViolations(
                List.of(new Violation("code", "required"), new Violation("reasoning", "at most 20000 characters")));

        assertThat(form.code().isInvalid()).isTrue();
        assertThat(form.code().getErrorMessage()).isEqualTo("Choose the finding.");
        assertThat(form.reasoning().isInvalid()).isTrue();
        assertThat(form.reasoning().getErrorMessage()).startsWith("Give the reasoning");
        assertThat(form.reasoning().getValue()).isEqualTo("Corroborated");
    }
}
