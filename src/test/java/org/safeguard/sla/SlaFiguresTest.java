package org.safeguard.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's medians, taken over durations the query returns sorted. */
class SlaFiguresTest {

    @Test
    void the_median_of_an_odd_number_of_durations_is_the_middle_one() {
        assertThat(SlaFigures.median(List.of(10L, 20L, 300L))).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void the_median_of_an_even_number_of_durations_is_the_mean_of_the_middle_two() {
        assertThat(SlaFigures.median(List.of(10L, 20L, 40L, 300L))).isEqualTo(Duration.ofSeconds(30));
    }
}
