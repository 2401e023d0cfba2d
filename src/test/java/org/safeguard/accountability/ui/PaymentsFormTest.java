package org.safeguard.accountability.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.accountability.PaymentsAndRepatriation;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;

class PaymentsFormTest {

    final PaymentsForm form = new PaymentsForm();

    @Test
    void an_unanswered_question_is_refused_before_the_service_could_read_it_as_no() {
        form.repatriated().setValue(true);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, form::record);
        assertThat(refused.violations()).extracting(Violation::field).containsExactly("paymentsWithheld");
        form.showViolations(refused.violations());

        assertThat(form.paymentsWithheld().isInvalid()).isTrue();
        assertThat(form.paymentsWithheld().getErrorMessage()).isEqualTo("Answer this question.");
        assertThat(form.repatriated().isInvalid()).isFalse();
        assertThat(form.repatriated().getValue()).isTrue();
    }

    @Test
    void the_answers_and_particulars_typed_are_what_the_service_gets() {
        form.paymentsWithheld().setValue(true);
        form.repatriated().setValue(false);
        form.details().setValue("Allowances withheld from 1 March");

        assertThat(form.record())
                .isEqualTo(new PaymentsAndRepatriation(true, false, "Allowances withheld from 1 March"));
    }

    @Test
    void missing_particulars_refused_by_the_service_show_at_the_particulars() {
        form.paymentsWithheld().setValue(false);
        form.repatriated().setValue(false);
        assertThat(form.record().details()).isNull();

        form.showViolations(List.of(new Violation("details", "required")));

        assertThat(form.details().isInvalid()).isTrue();
        assertThat(form.details().getErrorMessage()).startsWith("Give the particulars");
    }
}
