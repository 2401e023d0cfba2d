package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;

class SlaClockParametersTest {

    @Test
    void a_drill_down_filter_survives_the_trip_through_the_url() {
        SlaClockFilter filter = SlaClockFilter.NONE
                .open()
                .withState(ClockState.BREACHED)
                .with(ClockDimension.ENTITY, "MINUSCA")
                .with(ClockDimension.MEMBER_STATE, "FR")
                .with(ClockDimension.ALLEGATION_TYPE, "RAPE")
                .with(ClockDimension.PERSONNEL_CATEGORY, "MILITARY_CONTINGENT")
                .with(ClockDimension.CLOCK, "PRELIMINARY_ASSESSMENT");

        Map<String, String> parameters = SlaClockParameters.of(filter);

        assertThat(parameters)
                .containsOnlyKeys(
                        "state", "open", "entity", "memberState", "allegationType", "personnelCategory", "clock");
        assertThat(SlaClockParameters.parse(parameters)).isEqualTo(filter);
    }

    @Test
    void no_parameters_is_no_filter_and_blank_ones_do_not_filter() {
        assertThat(SlaClockParameters.parse(Map.of())).isEqualTo(SlaClockFilter.NONE);
        assertThat(SlaClockParameters.parse(Map.of("entity", " "))).isEqualTo(SlaClockFilter.NONE);
        assertThat(SlaClockParameters.of(SlaClockFilter.NONE)).isEmpty();
    }

    @Test
    void each_bad_value_is_named() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> SlaClockParameters.parse(Map.of(
                        "state",
                        "LATE",
                        "memberState",
                        "France",
                        "allegationType",
                        "THEFT",
                        "personnelCategory",
                        "x",
                        "open",
                        "yes",
                        "entity",
                        "<script>")));

        assertThat(refused.violations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "state", "memberState", "allegationType", "personnelCategory", "open", "entity");
    }

    @Test
    void the_open_flag_makes_a_breached_filter_count_only_open_breaches() {
        assertThat(SlaClockParameters.parse(Map.of("state", "BREACHED", "open", "true"))
                        .openOnly())
                .isTrue();
        assertThat(SlaClockParameters.parse(Map.of("state", "BREACHED")).openOnly())
                .isFalse();
    }
}
