package org.safeguard.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguard.sla.WeeklyBreaches;

class WeeklyBreachChartTest {

    @Test
    void each_week_is_a_bar_as_tall_as_its_share_of_the_busiest_week() {
        String svg = WeeklyBreachChart.svg(List.of(new WeeklyBreaches(LocalDate.parse("2026-11-02"), 4),
                new WeeklyBreaches(LocalDate.parse("2026-11-09"), 0),
                new WeeklyBreaches(LocalDate.parse("2026-11-16"), 2)), Locale.UK, "Breaches <per> week");

        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("<title>Breaches &lt;per&gt; week</title>")
                .contains("data-week=\"2026-11-02\" data-breaches=\"4\"", "data-week=\"2026-11-16\" data-breaches=\"2\"")
                .contains("height=\"170.0\"", "height=\"85.0\"", "height=\"0.0\"")
                .contains(">2 Nov<");
    }

    @Test
    void weeks_without_breaches_draw_flat_bars_rather_than_dividing_by_zero() {
        String svg = WeeklyBreachChart.svg(List.of(new WeeklyBreaches(LocalDate.parse("2026-11-02"), 0)),
                Locale.FRENCH, "t");

        assertThat(svg).contains("height=\"0.0\"").doesNotContain("NaN");
    }
}
