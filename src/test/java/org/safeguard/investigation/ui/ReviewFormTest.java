package org.safeguard.investigation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.investigation.ReviewDecision;

class ReviewFormTest {

    final ReviewForm form = new ReviewForm();

    @Test
    void no_decision_is_refused_before_the_service_could_read_it_as_a_rework() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, form::decision);
        assertThat(refused).isNotNull();

        form.showViolations(refused.violations());

        assertThat(form.accepted().isInvalid()).isTrue();
        assertThat(form.accepted().getErrorMessage()).isEqualTo("Choose a decision.");
    }

    @Test
    void an_acceptance_and_a_rework_with_comments_reach_the_service_as_typed() {
        form.accepted().setValue(true);
        assertThat(form.decision()).isEqualTo(new ReviewDecision(true, null));

        form.accepted().setValue(false);
        form.comments().setValue("Hear the driver");
        assertThat(form.decision()).isEqualTo(new ReviewDecision(false, "Hear the driver"));
    }

    @Test
    void a_rework_without_comments_is_refused_at_the_comments_and_the_choice_is_kept() {
        form.accepted().setValue(false);
        form.comments().setValue("  ");
        assertThat(form.decision().comments()).isNull();

        form.showViolations(List.of(new Violation("comments", "required when the report is sent back")));

        assertThat(form.comments().isInvalid()).isTrue();
        assertThat(form.comments().getErrorMessage()).startsWith("Say what to change");
        assertThat(form.accepted().isInvalid()).isFalse();
        assertThat(form.accepted().getValue()).isFalse();
    }
}
