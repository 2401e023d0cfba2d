package org.safeguard.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseReferencesTest {

    @Test
    void a_reference_reads_sea_year_and_six_digits() {
        assertThat(CaseReferences.of(Instant.parse("2026-11-27T10:00:00Z"), 123))
                .isEqualTo("SEA-2026-000123");
    }

    @Test
    void the_year_is_the_utc_year_of_recording() {
        assertThat(CaseReferences.of(Instant.parse("2026-12-31T23:59:59Z"), 7)).isEqualTo("SEA-2026-000007");
        assertThat(CaseReferences.of(Instant.parse("2027-01-01T00:00:00Z"), 8)).isEqualTo("SEA-2027-000008");
    }
}
