package org.safeguard.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestigationDeadlineTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void after_an_extension_the_warnings_fall_at_half_and_three_quarters_of_the_time_left() {
        Date now = Date.from(NOW);
        Date newDue = Date.from(NOW.plus(Duration.ofDays(40)));

        InvestigationDeadline deadline = InvestigationDeadline.extended(now, newDue);

        assertThat(deadline)
                .isEqualTo(new InvestigationDeadline(
                        newDue, Date.from(NOW.plus(Duration.ofDays(20))), Date.from(NOW.plus(Duration.ofDays(30)))));
    }

    @Test
    void without_warnings_from_the_policy_the_clock_still_warns_at_half_and_three_quarters() {
        Date start = Date.from(NOW);
        Date due = Date.from(NOW.plus(Duration.ofDays(180)));

        assertThat(InvestigationDeadline.opened(start, due, List.of()))
                .isEqualTo(new InvestigationDeadline(
                        due, Date.from(NOW.plus(Duration.ofDays(90))), Date.from(NOW.plus(Duration.ofDays(135)))));
        assertThat(InvestigationDeadline.opened(start, due, List.of(start, due)))
                .isEqualTo(new InvestigationDeadline(due, start, due));
    }
}
