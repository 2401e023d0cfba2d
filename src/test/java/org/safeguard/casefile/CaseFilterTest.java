package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseFilterTest {

    @Test
    void blank_text_is_no_condition() {
        CaseFilter filter = new CaseFilter("  ", "", null, null, null, null, null);

        assertThat(filter).isEqualTo(CaseFilter.NONE);
        assertThat(filter.referencePattern()).isNull();
        assertThat(filter.describe()).isEmpty();
    }

    @Test
    void the_reference_matches_anywhere_in_any_case_with_like_wildcards_taken_literally() {
        assertThat(new CaseFilter(" sea-2026 ", null, null, null, null, null, null).referencePattern())
                .isEqualTo("%SEA-2026%");
        assertThat(new CaseFilter("5%_!", null, null, null, null, null, null).referencePattern())
                .isEqualTo("%5!%!_!!%");
    }

    @Test
    void the_date_range_covers_both_days_whole_in_utc() {
        CaseFilter filter = new CaseFilter(
                null, null, null, null, null, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

        assertThat(filter.receivedSince()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(filter.receivedBefore()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void the_audit_trail_reads_the_conditions_set() {
        assertThat(new CaseFilter(null, "MINUSCA", "CA", CaseStatus.RECEIVED, null, null, null).describe())
                .isEqualTo("entity=MINUSCA;memberState=CA;status=RECEIVED");
    }
}
