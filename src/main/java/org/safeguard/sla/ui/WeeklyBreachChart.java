package org.safeguard.sla.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.safeguard.sla.WeeklyBreaches;

/**
 * The trend of breaches per week as an SVG bar chart, drawn on the server: one bar per week with
 * its count above it and the week's Monday below, every other week labelled. A fallback for a
 * Chart.js component (whose npm build would change the committed Vaadin bundle); it needs no
 * JavaScript and prints as it shows.
 */
final class WeeklyBreachChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    private static final int TOP = 20;
    private static final int BOTTOM = 30;

    static String svg(List<WeeklyBreaches> weeks, Locale locale, String title) {
        long highest = Math.max(1, weeks.stream().mapToLong(WeeklyBreaches::breaches).max().orElse(0));
        double slot = (double) WIDTH / Math.max(1, weeks.size());
        double barWidth = slot * 0.7;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        DateTimeFormatter monday = DateTimeFormatter.ofPattern("d MMM", locale);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"breach-trend\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\"><title>").append(escape(title)).append("</title>")
                .append("<line x1=\"0\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#888\"/>");
        for (int i = 0; i < weeks.size(); i++) {
            WeeklyBreaches week = weeks.get(i);
            double height = (double) plotHeight * week.breaches() / highest;
            double x = i * slot + (slot - barWidth) / 2;
            double y = HEIGHT - BOTTOM - height;
            String label = monday.format(week.week());
            svg.append("<g class=\"week\" data-week=\"").append(week.week()).append("\" data-breaches=\"")
                    .append(week.breaches()).append("\"><title>").append(escape(label)).append(": ")
                    .append(week.breaches()).append("</title>")
                    .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                            + "fill=\"#c0392b\"/>", x, y, barWidth, height))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" "
                            + "text-anchor=\"middle\">%d</text>", x + barWidth / 2, y - 4, week.breaches()));
            if (i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" "
                        + "text-anchor=\"middle\">%s</text>", x + barWidth / 2, HEIGHT - 10, escape(label)));
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private WeeklyBreachChart() {
    }
}
