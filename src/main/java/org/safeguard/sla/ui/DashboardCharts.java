package org.safeguard.sla.ui;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguard.base.i18n.Texts;
import org.safeguard.sla.MilestoneMedian;
import org.safeguard.sla.WeeklyBreaches;

/**
 * The dashboard's charts as Chart.js configurations, each with a description in words for screen
 * readers (a canvas says nothing to them): breaches per week, and the median days to each milestone.
 */
final class DashboardCharts {

    static final String BREACH_COLOUR = "#c0392b";
    static final String MEDIAN_COLOUR = "#005fa3";

    /** One bar per week, labelled with the week's Monday. */
    static JsonObject breachTrend(List<WeeklyBreaches> weeks, Locale locale, String title) {
        DateTimeFormatter monday = DateTimeFormatter.ofPattern("d MMM", locale);
        return bars(title, BREACH_COLOUR, weeks, week -> monday.format(week.week()), WeeklyBreaches::breaches);
    }

    static String breachTrendText(List<WeeklyBreaches> weeks, Locale locale, String title) {
        DateTimeFormatter monday = DateTimeFormatter.ofPattern("d MMM", locale);
        return title + ": "
                + weeks.stream()
                        .map(w -> monday.format(w.week()) + " " + w.breaches())
                        .collect(Collectors.joining(", "));
    }

    /** One bar per clock kind: the median time to its milestone, in days (to a tenth). */
    static JsonObject medians(List<MilestoneMedian> medians, String title) {
        return bars(title, MEDIAN_COLOUR, medians, median -> Texts.of(median.kind()), DashboardCharts::days);
    }

    static String mediansText(List<MilestoneMedian> medians, String title) {
        return title + ": "
                + medians.stream().map(m -> Texts.of(m.kind()) + " " + days(m)).collect(Collectors.joining(", "));
    }

    private static double days(MilestoneMedian median) {
        return Math.round(median.median().toMinutes() / 144.0) / 10.0;
    }

    private static <T> JsonObject bars(
            String title, String colour, List<T> items, Function<T, String> label, Function<T, Number> value) {
        JsonArray labels = Json.createArray();
        JsonArray data = Json.createArray();
        for (T item : items) {
            labels.set(labels.length(), label.apply(item));
            data.set(data.length(), value.apply(item).doubleValue());
        }
        JsonObject dataset = Json.createObject();
        dataset.put("label", title);
        dataset.put("data", data);
        dataset.put("backgroundColor", colour);
        JsonObject chartData = Json.createObject();
        chartData.put("labels", labels);
        chartData.put("datasets", Json.createArray());
        chartData.getArray("datasets").set(0, dataset);
        JsonObject legend = Json.createObject();
        legend.put("display", false);
        JsonObject plugins = Json.createObject();
        plugins.put("legend", legend);
        JsonObject beginAtZero = Json.createObject();
        beginAtZero.put("beginAtZero", true);
        JsonObject scales = Json.createObject();
        scales.put("y", beginAtZero);
        JsonObject options = Json.createObject();
        options.put("plugins", plugins);
        options.put("scales", scales);
        JsonObject config = Json.createObject();
        config.put("type", "bar");
        config.put("data", chartData);
        config.put("options", options);
        return config;
    }

    private DashboardCharts() {}
}
