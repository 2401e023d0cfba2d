package org.safeguard.base.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.InvestigatingBody;

class ChoiceFormTest {

    final ChoiceForm<InvestigatingBody> form = new ChoiceForm<>(
            "Who investigates?",
            List.of(InvestigatingBody.HEAD_OF_MISSION, InvestigatingBody.OVERSIGHT_OFFICE),
            Texts::of,
            "investigatingBody");

    @Test
    void no_choice_is_refused_before_any_service_is_called_and_shown_at_the_choice() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, form::chosen);
        assertThat(refused).isNotNull();

        form.showViolations(refused.violations());

        assertThat(form.choice().isInvalid()).isTrue();
        assertThat(form.choice().getErrorMessage()).isEqualTo("Choose who investigates.");
    }

    @Test
    void the_choice_made_is_what_the_service_gets() {
        form.choice().setValue(InvestigatingBody.OVERSIGHT_OFFICE);

        assertThat(form.chosen()).isEqualTo(InvestigatingBody.OVERSIGHT_OFFICE);
        assertThatThrownBy(() -> new ChoiceForm<>("x", List.of(1), String::valueOf, "approved").chosen())
                .isInstanceOf(InvalidInputException.class);
    }
}
