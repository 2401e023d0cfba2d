package org.safeguard.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.MilestoneMedian;
import org.safeguard.sla.WeeklyBreaches;

class DashboardChartsTest {

    @Test
    void each_week_is_a_bar_labelled_with_its_monday_and_counting_its_breaches() {
        List<WeeklyBreaches> weeks = List.of(
                new WeeklyBreaches(LocalDate.parse("2026-11-02"), 4),
                new WeeklyBreaches(LocalDate.parse("2026-11-09"), 0),
                new WeeklyBreaches(LocalDate.parse("2026-11-16"), 2));

        JsonObject config = DashboardCharts.breachTrend(weeks, Locale.UK, "Breaches per week");

        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getObject("data").getArray("labels").toJson()).isEqualTo("[\"2 Nov\",\"9 Nov\",\"16 Nov\"]");
        JsonObject dataset = config.getObject("data").getArray("datasets").getObject(0);
        assertThat(dataset.getArray("data").toJson()).isEqualTo("[4,0,2]");
        assertThat(dataset.getString("label")).isEqualTo("Breaches per week");
        assertThat(config.getObject("options")
                        .getObject("scales")
                        .getObject("y")
                        .getBoolean("beginAtZero"))
                .isTrue();
        assertThat(DashboardCharts.breachTrendText(weeks, Locale.UK, "Breaches per week"))
                .isEqualTo("Breaches per week: 2 Nov 4, 9 Nov 0, 16 Nov 2");
    }

    @Test
    void a_median_is_shown_in_days_to_a_tenth() {
        List<MilestoneMedian> medians =
                List.of(new MilestoneMedian(ClockKind.VICTIM_REFERRAL, Duration.ofHours(30), 7));

        JsonObject config = DashboardCharts.medians(medians, "Median time");

        assertThat(config.getObject("data")
                        .getArray("datasets")
                        .getObject(0)
                        .getArray("data")
                        .toJson())
                .isEqualTo("[1.3]");
    }
}
