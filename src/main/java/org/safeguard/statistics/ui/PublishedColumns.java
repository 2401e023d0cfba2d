package org.safeguard.statistics.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguard.accountability.MeasureKind;
import org.safeguard.base.i18n.Texts;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.safeguard.investigation.FindingCode;
import org.safeguard.memberstate.ActionKind;
import org.safeguard.statistics.PublishedRow;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Sex;

/** The published statistics' columns as people read them, in the UI's language: the grid and the printable page. */
enum PublishedColumns {
    CASE("statistics.col.case", PublishedRow::caseReference),
    ENTITY("statistics.col.entity", PublishedRow::entity),
    RECEIVED("statistics.col.received", row -> row.received().toString()),
    CATEGORY("statistics.col.category", row -> Texts.of(row.personnelCategory())),
    NATIONALITY("statistics.col.nationality", row -> Objects.toString(row.nationality(), "—")),
    TYPE("statistics.col.type", row -> Texts.of(row.allegationType())),
    VICTIMS("statistics.col.victims", PublishedColumns::victims),
    STATUS("statistics.col.investigation", row -> Texts.of(row.investigationStatus())),
    OUTCOME("statistics.col.outcome", row -> outcome(row.outcome())),
    ACTIONS(
            "statistics.col.actions",
            row -> row.actionsTaken().stream().map(PublishedColumns::action).collect(Collectors.joining(", "))),
    PATERNITY("statistics.col.paternity", row -> Long.toString(row.paternityClaims()));

    private final String header;
    private final Function<PublishedRow, String> value;

    PublishedColumns(String header, Function<PublishedRow, String> value) {
        this.header = header;
        this.value = value;
    }

    String header() {
        return Texts.text(header);
    }

    String value(PublishedRow row) {
        return value.apply(row);
    }

    static List<PublishedColumns> all() {
        return List.of(values());
    }

    /** "3: Child, female 2; Adult, female 1": counts only, never who. */
    private static String victims(PublishedRow row) {
        String detail = Arrays.stream(AgeGroup.values())
                .flatMap(age -> Arrays.stream(Sex.values())
                        .filter(sex -> row.victims(age, sex) > 0)
                        .map(sex -> Texts.of(age) + ", " + Texts.of(sex).toLowerCase(Texts.locale()) + " "
                                + row.victims(age, sex)))
                .collect(Collectors.joining("; "));
        return detail.isEmpty() ? "0" : row.victimTotal() + ": " + detail;
    }

    private static String outcome(String code) {
        if (code == null) {
            return "—";
        }
        return isOne(SubjectGroupOutcome.class, code)
                ? Texts.of(SubjectGroupOutcome.valueOf(code))
                : isOne(FindingCode.class, code) ? Texts.of(FindingCode.valueOf(code)) : code;
    }

    private static String action(String code) {
        return isOne(MeasureKind.class, code)
                ? Texts.of(MeasureKind.valueOf(code))
                : isOne(ActionKind.class, code) ? Texts.of(ActionKind.valueOf(code)) : code;
    }

    private static <E extends Enum<E>> boolean isOne(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .anyMatch(value -> value.name().equals(code));
    }
}
