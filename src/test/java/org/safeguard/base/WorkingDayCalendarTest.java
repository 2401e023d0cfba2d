package org.safeguard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void ten_working_days_over_christmas_in_canada_skip_christmas_day_and_new_year() {
        assertThat(calendar.plusWorkingDays(date("2026-12-23"), 10, "CA")).isEqualTo(date("2027-01-08"));
    }

    @Test
    void the_same_ten_days_without_a_country_skip_weekends_only() {
        assertThat(calendar.plusWorkingDays(date("2026-12-23"), 10, null)).isEqualTo(date("2027-01-06"));
    }

    @Test
    void the_central_african_national_day_is_not_a_working_day() {
        assertThat(calendar.isWorkingDay(date("2026-12-01"), "CF")).isFalse();
        assertThat(calendar.plusWorkingDays(date("2026-11-30"), 1, "CF")).isEqualTo(date("2026-12-02"));
    }

    @Test
    void a_national_day_of_one_country_is_a_working_day_in_another() {
        assertThat(calendar.isWorkingDay(date("2026-12-01"), "CA")).isTrue();
    }

    @Test
    void five_working_days_after_a_friday_is_the_next_friday() {
        assertThat(calendar.plusWorkingDays(date("2026-11-20"), 5, "CF")).isEqualTo(date("2026-11-27"));
    }

    @Test
    void one_working_day_after_a_saturday_is_monday() {
        assertThat(calendar.plusWorkingDays(date("2026-11-21"), 1, "CF")).isEqualTo(date("2026-11-23"));
    }

    @Test
    void zero_working_days_is_the_same_day() {
        assertThat(calendar.plusWorkingDays(date("2026-11-21"), 0, "CF")).isEqualTo(date("2026-11-21"));
    }

    @Test
    void a_country_code_is_read_in_either_case() {
        assertThat(calendar.isWorkingDay(date("2026-12-25"), "ca")).isFalse();
    }

    @Test
    void a_country_without_a_holiday_calendar_counts_weekends_only() {
        assertThat(calendar.isWorkingDay(date("2026-12-25"), "XX")).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-12-26"), "XX")).isFalse();
    }

    @Test
    void an_instant_keeps_its_time_of_day() {
        assertThat(calendar.plusWorkingDays(Instant.parse("2026-11-20T09:30:00Z"), 5, "CF"))
                .isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
    }

    @Test
    void negative_working_days_are_refused() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(date("2026-11-20"), -1, "CF"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
