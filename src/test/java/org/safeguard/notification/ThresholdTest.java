package org.safeguard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.ClockState;

class ThresholdTest {

    static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    static final Instant HALF = START.plus(Duration.ofDays(45));
    static final Instant THREE_QUARTERS = START.plus(Duration.ofDays(67));
    static final Instant TARGET = START.plus(Duration.ofDays(90));

    @Test
    void a_clock_before_its_first_warning_has_crossed_nothing() {
        assertThat(Threshold.lastCrossed(clock(), HALF.minusSeconds(1))).isEmpty();
    }

    @Test
    void a_clock_at_its_warning_has_crossed_that_warning() {
        assertThat(Threshold.lastCrossed(clock(), HALF)).contains(new Threshold("WARNING_1", HALF));
    }

    @Test
    void only_the_last_of_several_crossed_warnings_counts() {
        assertThat(Threshold.lastCrossed(clock(), THREE_QUARTERS.plusSeconds(1)))
                .contains(new Threshold("WARNING_2", THREE_QUARTERS));
    }

    @Test
    void a_clock_past_its_target_is_breached_and_not_also_at_risk() {
        Threshold crossed =
                Threshold.lastCrossed(clock(), TARGET.plusSeconds(1)).orElseThrow();
        assertThat(crossed.code()).isEqualTo(Threshold.BREACH);
        assertThat(crossed.breach()).isTrue();
        assertThat(crossed.at()).isEqualTo(TARGET);
    }

    @Test
    void a_clock_at_its_target_is_not_breached_yet() {
        assertThat(Threshold.lastCrossed(clock(), TARGET)).contains(new Threshold("WARNING_2", THREE_QUARTERS));
    }

    @Test
    void ended_and_paused_clocks_cross_nothing() {
        CaseClock ended = new CaseClock(
                "T-1",
                ClockKind.INVESTIGATION,
                "SEA-2027-000001",
                "MINUSCA",
                null,
                null,
                null,
                START,
                TARGET,
                List.of(HALF),
                TARGET.plusSeconds(5),
                ClockState.BREACHED,
                null,
                null,
                "inv",
                null);
        CaseClock paused = new CaseClock(
                "T-1",
                ClockKind.INVESTIGATION,
                "SEA-2027-000001",
                "MINUSCA",
                null,
                null,
                null,
                START,
                TARGET,
                List.of(HALF),
                null,
                ClockState.PAUSED,
                HALF,
                "waiting",
                "inv",
                null);
        assertThat(Threshold.lastCrossed(ended, TARGET.plusSeconds(10))).isEmpty();
        assertThat(Threshold.lastCrossed(paused, TARGET.plusSeconds(10))).isEmpty();
    }

    @Test
    void a_clock_without_target_is_never_breached() {
        CaseClock noTarget = new CaseClock(
                "J-1",
                ClockKind.ACTIONS_REPORTED,
                "SEA-2027-000001",
                "MINUSCA",
                null,
                null,
                null,
                START,
                null,
                List.of(),
                null,
                ClockState.RUNNING,
                null,
                null,
                null,
                null);
        assertThat(Threshold.lastCrossed(noTarget, TARGET.plusSeconds(10))).isEmpty();
    }

    static CaseClock clock() {
        return new CaseClock(
                "I-7",
                ClockKind.INVESTIGATION,
                "SEA-2027-000001",
                "MINUSCA",
                "CA",
                null,
                null,
                START,
                TARGET,
                List.of(HALF, THREE_QUARTERS),
                null,
                ClockState.RUNNING,
                null,
                null,
                "inv",
                null);
    }
}
