package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.WorkingDayCalendar;
import org.safeguard.casefile.Entities;
import org.safeguard.sla.internal.SlaRules;

/**
 * A resumed clock's target moves by the time it stood still: elapsed time for clocks in hours or
 * days, working time for clocks in working days, where weekends and the calendar's holidays cost
 * nothing. MINUSCA's duty station is in the Central African Republic (1 December is its national
 * day); Member State clocks use the Member State's holidays (Canada: Christmas Day).
 */
class PausedClockArithmeticTest {

    WorkingDayCalendar calendar = new WorkingDayCalendar();
    Entities entities = mock(Entities.class);
    SlaPolicy policy = new SlaPolicy(
            new SlaRules(
                    DeployedSlaPolicy.engine().getDecisionService(),
                    DeployedSlaPolicy.engine().getRepositoryService()),
            calendar,
            entities);

    @BeforeEach
    void dutyStations() {
        when(entities.hostCountry("MINUSCA")).thenReturn(Optional.of("CF"));
    }

    @Test
    void the_calendars_used_here_have_the_holidays_the_tests_rely_on() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-01"), "CF")).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-01"), "CA")).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"), "CA")).isFalse();
    }

    @Test
    void a_pause_over_a_weekend_moves_a_working_day_clock_by_the_working_time_paused_only() {
        // Friday 10:00 to Monday 10:00: 14 hours on Friday and 10 on Monday, one working day.
        Instant moved = policy.movedTarget(
                SlaClock.PRELIMINARY_ASSESSMENT,
                at("MINUSCA", "CA"),
                instant("2026-11-18T09:00:00Z"),
                instant("2026-11-13T10:00:00Z"),
                instant("2026-11-16T10:00:00Z"));

        assertThat(moved).isEqualTo(instant("2026-11-19T09:00:00Z"));
    }

    @Test
    void a_moved_target_steps_over_the_weekend_and_the_duty_stations_national_day() {
        // Two working days paused (Mon 00:00 - Wed 00:00); the target, Friday 27 November at 15:00,
        // moves over the weekend and 1 December to Wednesday 2 December at 15:00.
        Instant moved = policy.movedTarget(
                SlaClock.PRELIMINARY_ASSESSMENT,
                at("MINUSCA", "CA"),
                instant("2026-11-27T15:00:00Z"),
                instant("2026-11-23T00:00:00Z"),
                instant("2026-11-25T00:00:00Z"));

        assertThat(moved).isEqualTo(instant("2026-12-02T15:00:00Z"));
    }

    @Test
    void a_pause_over_the_member_states_holidays_costs_a_member_state_clock_nothing_for_them() {
        // Thursday 24 December 12:00 to Tuesday 29 December 12:00 in Canada: 12 h on the 24th,
        // nothing on the 25th (Christmas) or the weekend, 24 h on the 28th, 12 h on the 29th: two
        // working days, not five calendar days. Friday 8 January moves to Tuesday 12 January.
        Instant moved = policy.movedTarget(
                SlaClock.MEMBER_STATE_REMINDER,
                at("MINUSCA", "CA"),
                instant("2027-01-08T08:00:00Z"),
                instant("2026-12-24T12:00:00Z"),
                instant("2026-12-29T12:00:00Z"));

        assertThat(moved).isEqualTo(instant("2027-01-12T08:00:00Z"));
    }

    @Test
    void a_clock_in_hours_moves_by_the_elapsed_time_weekend_included() {
        Instant moved = policy.movedTarget(
                SlaClock.VICTIM_REFERRAL,
                at("MINUSCA", "CA"),
                instant("2026-11-14T09:00:00Z"),
                instant("2026-11-13T18:00:00Z"),
                instant("2026-11-16T06:00:00Z"));

        assertThat(moved).isEqualTo(instant("2026-11-14T09:00:00Z").plus(Duration.ofHours(60)));
    }

    @Test
    void a_clock_in_calendar_days_moves_by_the_elapsed_time() {
        Instant moved = policy.movedTarget(
                SlaClock.INVESTIGATION,
                at("MINUSCA", "CA"),
                instant("2027-03-01T09:00:00Z"),
                instant("2026-12-01T09:00:00Z"),
                instant("2026-12-11T21:00:00Z"));

        assertThat(moved).isEqualTo(instant("2027-03-11T21:00:00Z"));
    }

    @Test
    void a_pause_resumed_the_moment_it_began_moves_nothing() {
        Instant target = instant("2026-11-18T09:00:00Z");

        assertThat(policy.movedTarget(
                        SlaClock.PRELIMINARY_ASSESSMENT,
                        at("MINUSCA", "CA"),
                        target,
                        instant("2026-11-16T10:00:00Z"),
                        instant("2026-11-16T10:00:00Z")))
                .isEqualTo(target);
    }

    @Test
    void working_time_on_a_weekend_day_is_none_and_adding_it_back_lands_on_the_next_working_day() {
        assertThat(calendar.workingTimeBetween(instant("2026-11-14T08:00:00Z"), instant("2026-11-15T20:00:00Z"), "CF"))
                .isZero();
        assertThat(calendar.plusWorkingTime(instant("2026-11-13T20:00:00Z"), Duration.ofHours(6), "CF"))
                .isEqualTo(instant("2026-11-16T02:00:00Z"));
    }

    private static SlaAttributes at(String entity, String nationality) {
        return new SlaAttributes(false, "SEXUAL_ABUSE", "MILITARY_CONTINGENT", null, nationality, entity);
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }
}
