package org.safeguard.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.ApiTokenRequest;
import org.safeguard.base.Violation;
import org.safeguard.base.security.ApiScope;

class IssueTokenFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    final IssueTokenForm form = new IssueTokenForm(List.of("intake", "manager"), TODAY, TODAY.plusDays(365));

    @Test
    void the_expiry_is_offered_from_tomorrow_to_the_last_allowed_day_and_starts_ninety_days_out() {
        assertThat(form.expires().getMin()).isEqualTo(TODAY.plusDays(1));
        assertThat(form.expires().getMax()).isEqualTo(TODAY.plusDays(365));
        assertThat(form.expires().getValue()).isEqualTo(TODAY.plusDays(90));
    }

    @Test
    void the_request_carries_the_scope_codes_and_expires_at_the_start_of_the_chosen_day_in_utc() {
        form.name().setValue("Complaint mechanism");
        form.account().setValue("intake");
        form.scopes().setValue(Set.of(ApiScope.CASES_WRITE, ApiScope.READ));
        form.expires().setValue(LocalDate.of(2026, 6, 30));

        assertThat(form.request())
                .isEqualTo(new ApiTokenRequest(
                        "Complaint mechanism",
                        "intake",
                        List.of("read", "cases:write"),
                        Instant.parse("2026-06-30T00:00:00Z")));
    }

    @Test
    void each_refusal_shows_under_its_field_and_the_values_stay() {
        form.name().setValue("Reporting");

        form.showViolations(List.of(
                new Violation("account", "no such account"),
                new Violation("scopes", "must name one"),
                new Violation("expiresAt", "must be in the future")));

        assertThat(form.account().isInvalid()).isTrue();
        assertThat(form.account().getErrorMessage()).isEqualTo("Choose an enabled account.");
        assertThat(form.scopes().isInvalid()).isTrue();
        assertThat(form.expires().getErrorMessage()).isEqualTo("Choose a day between tomorrow and a year from today.");
        assertThat(form.name().isInvalid()).isFalse();
        assertThat(form.name().getValue()).isEqualTo("Reporting");
    }

    @Test
    void a_second_attempt_clears_the_refusals_that_no_longer_apply() {
        form.showViolations(List.of(new Violation("name", "is required")));

        form.showViolations(List.of());

        assertThat(form.name().isInvalid()).isFalse();
    }
}
