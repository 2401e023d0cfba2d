package org.safeguard.victim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.Violation;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referral;
import org.safeguard.victim.ReferralStatus;
import org.safeguard.victim.Sex;
import org.safeguard.victim.VictimSummary;

class ReferralFormTest {

    final ReferralForm form = new ReferralForm(
            new Referral(
                    5L,
                    7L,
                    Need.MEDICAL,
                    null,
                    null,
                    ReferralStatus.PENDING,
                    Instant.parse("2026-11-28T09:00:00Z"),
                    null,
                    null),
            new VictimSummary(7L, "V-7Q3KD", AgeGroup.ADULT, Sex.FEMALE, true));

    @Test
    void the_provider_typed_reaches_the_service_without_surrounding_blanks() {
        form.providerCodeField().setValue(" CLINIC-12 ");
        form.providerNameField().setValue("Clinique de l'Espoir");

        assertThat(form.providerCode()).isEqualTo("CLINIC-12");
        assertThat(form.providerName()).isEqualTo("Clinique de l'Espoir");
    }

    @Test
    void blanks_reach_the_service_as_missing_so_its_rule_reports_them() {
        form.providerCodeField().setValue("  ");

        assertThat(form.providerCode()).isNull();
        assertThat(form.providerName()).isNull();
    }

    @Test
    void each_refusal_shows_at_its_field_and_keeps_what_was_typed() {
        form.providerNameField().setValue("Clinique");

        form.showViolations(List.of(
                new Violation("providerCode", "required"), new Violation("providerName", "at most 200 characters")));

        assertThat(form.providerCodeField().getErrorMessage())
                .isEqualTo("Enter the provider’s code (at most 40 characters).");
        assertThat(form.providerNameField().getErrorMessage())
                .isEqualTo("Enter the provider’s name (at most 200 characters).");
        assertThat(form.providerNameField().getValue()).isEqualTo("Clinique");
        assertThat(form.providerCodeField().getMaxLength()).isEqualTo(40);
    }
}
