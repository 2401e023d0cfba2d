package org.safeguard.casefile.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.i18n.Translations;
import org.safeguard.casefile.CaseOverview;

/**
 * The case list's columns, shared by the grid and the CSV export so the download holds what the
 * screen shows. The language is given, since a download is written outside the UI's thread.
 */
record CaseColumns(Locale locale) {

    record Column(String header, BiFunction<CaseColumns, CaseOverview, String> value) {}

    static final List<Column> ALL = List.of(
            new Column("cases.reference", (columns, overview) -> overview.reference()),
            new Column("cases.received", (columns, overview) -> columns.dateTime(overview)),
            new Column("cases.entity", (columns, overview) -> overview.entity()),
            new Column("cases.allegationType", (columns, overview) -> columns.label(overview.allegationType())),
            new Column("cases.status", (columns, overview) -> columns.label(overview.status())));

    List<String> headers() {
        return ALL.stream()
                .map(column -> Translations.text(locale, column.header()))
                .toList();
    }

    List<String> cells(CaseOverview overview) {
        return ALL.stream().map(column -> value(column, overview)).toList();
    }

    String value(Column column, CaseOverview overview) {
        return column.value().apply(this, overview);
    }

    private String label(Enum<?> value) {
        return value == null ? "" : Translations.text(locale, Texts.key(value));
    }

    private String dateTime(CaseOverview overview) {
        return overview.receivedAt() == null
                ? ""
                : DateTimeFormatter.ofPattern(Translations.text(locale, "format.dateTime"), locale)
                        .format(overview.receivedAt().atZone(ZoneOffset.UTC));
    }
}
