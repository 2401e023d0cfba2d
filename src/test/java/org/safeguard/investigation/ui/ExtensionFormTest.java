package org.safeguard.investigation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.investigation.ExtensionDecision;
import org.safeguard.investigation.ExtensionRequest;

class ExtensionFormTest {

    final ExtensionForm form = new ExtensionForm(
            new ExtensionRequest(Instant.parse("2026-06-30T12:00:00Z"), "Driver abroad until July", "investigator"));

    @Test
    void the_manager_reads_what_was_asked_and_the_current_target_date() {
        assertThat(text())
                .contains("investigator asked for more time: Driver abroad until July.")
                .contains("Current target date: 30 Jun 2026, 12:00 UTC.");
    }

    @Test
    void no_decision_is_refused_before_the_service_could_read_it_as_a_refusal() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, form::decision);
        assertThat(refused).isNotNull();

        form.showViolations(refused.violations());

        assertThat(form.approved().isInvalid()).isTrue();
        assertThat(form.approved().getErrorMessage()).isEqualTo("Choose a decision.");
    }

    @Test
    void an_approval_holds_until_the_end_of_the_chosen_day_in_utc() {
        form.approved().setValue(true);
        form.newDueDate().setValue(LocalDate.of(2026, 7, 31));

        assertThat(form.decision())
                .isEqualTo(new ExtensionDecision(true, Date.from(Instant.parse("2026-07-31T23:59:59Z")), null));
    }

    @Test
    void a_refusal_carries_its_reason_and_no_date() {
        form.approved().setValue(false);
        form.newDueDate().setValue(LocalDate.of(2026, 7, 31));
        form.reason().setValue("No new lines of enquiry");

        assertThat(form.decision()).isEqualTo(new ExtensionDecision(false, null, "No new lines of enquiry"));
    }

    @Test
    void a_refused_date_shows_at_the_date_with_the_current_target_and_the_values_stay() {
        form.approved().setValue(true);
        form.newDueDate().setValue(LocalDate.of(2026, 6, 1));

        form.showViolations(List.of(new Violation("newDueAt", "must be after the current target date")));

        assertThat(form.newDueDate().isInvalid()).isTrue();
        assertThat(form.newDueDate().getErrorMessage()).contains("after the current one (30 Jun 2026, 12:00 UTC)");
        assertThat(form.newDueDate().getValue()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(form.approved().getValue()).isTrue();
        assertThat(form.reason().isInvalid()).isFalse();
    }

    @Test
    void a_refusal_without_reason_is_shown_at_the_reason() {
        form.showViolations(List.of(new Violation("reason", "required")));

        assertThat(form.reason().isInvalid()).isTrue();
        assertThat(form.reason().getErrorMessage()).startsWith("Give the reason for the refusal");
        assertThat(form.newDueDate().isInvalid()).isFalse();
    }

    @Test
    void a_request_recorded_without_reason_still_shows_the_current_target_date() {
        ExtensionForm unexplained =
                new ExtensionForm(new ExtensionRequest(Instant.parse("2026-06-30T12:00:00Z"), null, null));

        assertThat(unexplained.getElement().getChild(0).getText())
                .isEqualTo("No reason was recorded with the request. Current target date: 30 Jun 2026, 12:00 UTC.");
    }

    private String text() {
        return form.getElement().getChild(0).getText();
    }
}
