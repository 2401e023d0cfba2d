package org.safeguard.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safeguard.base.export.CsvWriter;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;

/**
 * The CSV downloads of the scorecard and the published statistics, the same from the API and the
 * views. Headers and values are codes (ISO country codes, enum names), stable for whoever
 * processes the files; one victim column per age group and sex.
 */
public final class StatisticsCsv {

    public static final List<String> SCORECARD_HEADER = List.of(
            "quarter",
            "member_state",
            "member_state_name",
            "notifications_sent",
            "replied",
            "replied_on_time",
            "median_reply_days",
            "pending",
            "reminded",
            "escalated");

    public static void scorecard(OutputStream out, Period quarter, List<ScorecardLine> lines) throws IOException {
        CsvWriter.write(
                out,
                SCORECARD_HEADER,
                lines.stream()
                        .map(line -> List.of(
                                quarter.label(),
                                line.memberState(),
                                line.nameEn(),
                                n(line.notificationsSent()),
                                n(line.replied()),
                                n(line.repliedOnTime()),
                                Objects.toString(line.medianReplyDays(), ""),
                                n(line.pending()),
                                n(line.reminded()),
                                n(line.escalated())))
                        .toList());
    }

    public static List<String> publishedHeader() {
        List<String> header = new ArrayList<>(List.of(
                "period",
                "case_reference",
                "entity",
                "month_received",
                "personnel_category",
                "nationality",
                "allegation_type",
                "victims"));
        for (AgeGroup age : AgeGroup.values()) {
            for (Sex sex : Sex.values()) {
                header.add(
                        "victims_" + age.name().toLowerCase() + "_" + sex.name().toLowerCase());
            }
        }
        header.addAll(
                List.of("investigation_status", "investigating_body", "outcome", "actions_taken", "paternity_claims"));
        return header;
    }

    public static void published(OutputStream out, Period period, List<PublishedRow> rows) throws IOException {
        CsvWriter.write(
                out,
                publishedHeader(),
                rows.stream().map(row -> cells(period, row)).toList());
    }

    private static List<String> cells(Period period, PublishedRow row) {
        List<String> cells = new ArrayList<>(List.of(
                period.label(),
                row.caseReference(),
                row.entity(),
                row.received().toString(),
                row.personnelCategory().name(),
                Objects.toString(row.nationality(), ""),
                row.allegationType().name(),
                n(row.victimTotal())));
        for (AgeGroup age : AgeGroup.values()) {
            for (Sex sex : Sex.values()) {
                cells.add(n(row.victims(age, sex)));
            }
        }
        cells.addAll(List.of(
                row.investigationStatus().name(),
                Objects.toString(row.investigatingBody(), ""),
                Objects.toString(row.outcome(), ""),
                String.join(";", row.actionsTaken()),
                n(row.paternityClaims())));
        return cells;
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private StatisticsCsv() {}
}
