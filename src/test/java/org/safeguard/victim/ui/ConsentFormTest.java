package org.safeguard.victim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.Sex;
import org.safeguard.victim.VictimSummary;

class ConsentFormTest {

    final ConsentForm form = new ConsentForm(new VictimSummary(7L, "V-7Q3KD", AgeGroup.CHILD, Sex.FEMALE, true));

    @Test
    void an_unanswered_form_is_refused_before_any_service_is_called_and_shown_at_both_choices() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, form::answer);
        assertThat(refused.violations()).extracting(Violation::field).containsExactly("given", "givenBy");

        form.showViolations(refused.violations());

        assertThat(form.given().isInvalid()).isTrue();
        assertThat(form.given().getErrorMessage()).isEqualTo("Choose whether consent was given.");
        assertThat(form.givenBy().isInvalid()).isTrue();
        assertThat(form.givenBy().getErrorMessage()).isEqualTo("Choose who answered.");
    }

    @Test
    void the_answer_chosen_is_what_the_service_gets() {
        form.given().setValue(false);
        form.givenBy().setValue(ConsentGiver.PARENT_OR_GUARDIAN);

        assertThat(form.answer()).isEqualTo(new ConsentAnswer(false, ConsentGiver.PARENT_OR_GUARDIAN));
    }

    @Test
    void the_services_child_rule_shows_at_who_answered_and_keeps_the_answer() {
        form.given().setValue(true);
        form.givenBy().setValue(ConsentGiver.SELF);

        form.showViolations(
                List.of(new Violation("givenBy", "a child's consent is given through a parent or guardian")));

        assertThat(form.givenBy().getErrorMessage())
                .isEqualTo("A child’s consent is given through a parent or guardian.");
        assertThat(form.given().isInvalid()).isFalse();
        assertThat(form.answer()).isEqualTo(new ConsentAnswer(true, ConsentGiver.SELF));
    }

    @Test
    void a_corrected_answer_clears_the_earlier_message() {
        form.showViolations(List.of(new Violation("given", "must be chosen")));
        form.showViolations(List.of());

        assertThat(form.given().isInvalid()).isFalse();
    }
}
