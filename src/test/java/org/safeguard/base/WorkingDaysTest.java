package org.safeguard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    WorkingDays workingDays = new WorkingDays();

    @Test
    void five_working_days_after_a_friday_is_the_next_friday() {
        assertThat(workingDays.after(LocalDate.parse("2026-11-20"), 5)).isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    void one_working_day_after_a_saturday_is_monday() {
        assertThat(workingDays.after(LocalDate.parse("2026-11-21"), 1)).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void zero_working_days_is_the_same_day() {
        assertThat(workingDays.after(LocalDate.parse("2026-11-21"), 0)).isEqualTo(LocalDate.parse("2026-11-21"));
    }
}
