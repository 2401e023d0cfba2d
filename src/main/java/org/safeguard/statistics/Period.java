package org.safeguard.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;

/**
 * A calendar quarter ({@code 2026-Q4}) or year ({@code 2026}) in UTC, the periods the organisation
 * reports by. Its label is also how it is written in URLs and file names.
 *
 * @param from the first day, included
 * @param to   the day after the last one
 */
public record Period(String label, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** A quarter such as {@code 2026-Q4}; anything else is a 400 on {@code field}. */
    public static Period quarter(String field, String text) {
        Matcher quarter = QUARTER.matcher(text == null ? "" : text.strip());
        if (!quarter.matches()) {
            throw invalid(field, "must be a quarter such as 2026-Q4");
        }
        return ofQuarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
    }

    /** A quarter ({@code 2026-Q4}) or a year ({@code 2026}); anything else is a 400 on {@code field}. */
    public static Period quarterOrYear(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return new Period(value, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        if (QUARTER.matcher(value).matches()) {
            return quarter(field, value);
        }
        throw invalid(field, "must be a quarter such as 2026-Q4 or a year such as 2026");
    }

    public static Period ofQuarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Period(year + "-Q" + quarter, from, from.plusMonths(3));
    }

    /** The quarter that holds {@code day}. */
    public static Period quarterOf(LocalDate day) {
        return ofQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Period previousQuarter() {
        return quarterOf(from.minusDays(1));
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static InvalidInputException invalid(String field, String reason) {
        return new InvalidInputException(List.of(new Violation(field, reason)));
    }
}
