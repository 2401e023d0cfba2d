package org.safeguard.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueStateTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void a_task_due_in_more_than_two_days_is_on_track() {
        assertThat(DueState.of(NOW.plus(Duration.ofDays(2)), NOW)).isEqualTo(DueState.ON_TRACK);
        assertThat(DueState.of(NOW.plus(Duration.ofDays(30)), NOW)).isEqualTo(DueState.ON_TRACK);
    }

    @Test
    void a_task_due_within_two_days_is_at_risk() {
        assertThat(DueState.of(NOW.plus(Duration.ofDays(2)).minusSeconds(1), NOW))
                .isEqualTo(DueState.AT_RISK);
        assertThat(DueState.of(NOW, NOW)).isEqualTo(DueState.AT_RISK);
    }

    @Test
    void a_task_past_its_due_date_is_overdue() {
        assertThat(DueState.of(NOW.minusSeconds(1), NOW)).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void a_task_without_a_due_date_is_on_track() {
        assertThat(DueState.of(null, NOW)).isEqualTo(DueState.ON_TRACK);
    }
}
