package org.safeguard.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;

class PeriodTest {

    @Test
    void a_quarter_runs_from_its_first_day_to_the_first_day_of_the_next_in_utc() {
        Period q4 = Period.quarter("quarter", "2026-Q4");

        assertThat(q4.label()).isEqualTo("2026-Q4");
        assertThat(q4.start()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(q4.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Period.quarter("quarter", "2026-Q1").to()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void a_year_is_accepted_where_a_quarter_or_year_is_asked() {
        Period year = Period.quarterOrYear("period", "2026");

        assertThat(year.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(year.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Period.quarterOrYear("period", "2026-Q2").from()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void a_malformed_quarter_is_refused_on_its_field() {
        for (String bad : new String[] {"2026-Q5", "2026Q4", "Q4-2026", "2026-q0", "", null, "2026"}) {
            assertThatThrownBy(() -> Period.quarter("quarter", bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .containsExactly(new Violation("quarter", "must be a quarter such as 2026-Q4")));
        }
    }

    @Test
    void a_period_that_is_neither_quarter_nor_year_is_refused_on_its_field() {
        assertThatThrownBy(() -> Period.quarterOrYear("period", "26"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("period"));
    }

    @Test
    void the_quarter_of_a_day_and_the_one_before_it() {
        Period q1 = Period.quarterOf(LocalDate.of(2027, 3, 31));

        assertThat(q1.label()).isEqualTo("2027-Q1");
        assertThat(q1.previousQuarter().label()).isEqualTo("2026-Q4");
    }
}
