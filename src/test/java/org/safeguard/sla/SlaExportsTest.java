package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlaExportsTest {

    @Test
    void a_clock_exports_its_dimensions_and_dates_but_no_pause_reason_or_assignee() {
        CaseClock clock = new CaseClock(
                "T-1",
                ClockKind.PRELIMINARY_ASSESSMENT,
                "SEA-2026-0007",
                "MINUSCA",
                "FR",
                "RAPE",
                "MILITARY_CONTINGENT",
                Instant.parse("2026-11-02T08:00:00Z"),
                Instant.parse("2026-11-09T08:00:00Z"),
                List.of(),
                null,
                ClockState.PAUSED,
                Instant.parse("2026-11-03T08:00:00Z"),
                "Victim Jane Doe unreachable",
                "investigator1",
                "intake");

        List<String> row = SlaExports.clockRow(clock, Locale.ENGLISH);

        assertThat(row)
                .hasSameSizeAs(SlaExports.CLOCK_HEADERS)
                .containsExactly(
                        "SEA-2026-0007",
                        "Preliminary assessment",
                        "Paused",
                        "9 Nov 2026, 08:00 UTC",
                        "MINUSCA",
                        "FR",
                        "Rape",
                        "Military contingent",
                        "2 Nov 2026, 08:00 UTC");
        assertThat(String.join(" ", row)).doesNotContain("Jane", "investigator1");
    }

    @Test
    void tally_keys_read_as_their_names_and_a_missing_one_as_not_known() {
        assertThat(SlaExports.keyLabel(ClockDimension.CLOCK, "INVESTIGATION", Locale.FRENCH))
                .isEqualTo(org.safeguard.base.i18n.Translations.text(Locale.FRENCH, "enum.ClockKind.INVESTIGATION"));
        assertThat(SlaExports.keyLabel(ClockDimension.ENTITY, "MINUSCA", Locale.ENGLISH))
                .isEqualTo("MINUSCA");
        assertThat(SlaExports.keyLabel(ClockDimension.MEMBER_STATE, null, Locale.ENGLISH))
                .isEqualTo("Not known");
    }
}
