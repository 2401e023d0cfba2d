package org.safeguard.victim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;
import org.safeguard.victim.VictimSummary;

class FollowUpFormTest {

    final FollowUpForm form = new FollowUpForm(new VictimSummary(7L, "V-7Q3KD", AgeGroup.ADULT, Sex.FEMALE, true));

    @Test
    void no_choice_is_refused_rather_than_read_as_the_end_of_assistance() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, form::chosen);

        form.showViolations(refused.violations());

        assertThat(form.choice().isInvalid()).isTrue();
        assertThat(form.choice().getErrorMessage()).isEqualTo("Choose whether assistance continues.");
    }

    @Test
    void ending_assistance_is_what_the_service_gets() {
        form.choice().setValue(false);

        assertThat(form.chosen()).isFalse();
        assertThat(form.choice().getItemLabelGenerator().apply(false)).isEqualTo("End assistance");
    }
}
