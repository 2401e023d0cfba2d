package org.safeguard.sla;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.safeguard.base.export.Table;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.i18n.Translations;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.PersonnelCategory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The dashboard's lists as tables to download: the clocks behind a number and the tallies by a
 * dimension. Managers only. The columns are the case's dimensions and the clock's dates; no
 * assignee, no pause reason (a reason may name a victim), nothing about a victim.
 */
@Service
public class SlaExports {

    /** More clocks than any manager reads; a longer download is cut here. */
    public static final int MAX_ROWS = 100_000;

    static final List<String> CLOCK_HEADERS = List.of(
            "sla.column.caseReference",
            "sla.column.clock",
            "sla.column.state",
            "sla.column.target",
            "sla.column.entity",
            "sla.column.memberState",
            "sla.column.allegationType",
            "sla.column.personnelCategory",
            "sla.column.started");

    private final SlaClocks clocks;
    private final SlaFigures figures;
    private final CurrentUser user;

    SlaExports(SlaClocks clocks, SlaFigures figures, CurrentUser user) {
        this.clocks = clocks;
        this.figures = figures;
        this.user = user;
    }

    /** Every clock {@code filter} matches (up to {@link #MAX_ROWS}), soonest target first. */
    public Table clocks(SlaClockFilter filter, Locale locale) {
        requireManager();
        List<List<String>> rows = clocks.query(filter, 0, MAX_ROWS).stream()
                .map(clock -> clockRow(clock, locale))
                .toList();
        return new Table("sla-clocks", headers(CLOCK_HEADERS, locale), rows);
    }

    /** The open breaches and at-risk clocks by {@code by}, as the dashboard shows them. */
    public Table tallies(ClockDimension by, SlaClockFilter filter, Locale locale) {
        requireManager();
        List<List<String>> rows = figures.openBreachesAndRisks(by, filter).stream()
                .map(tally -> List.of(
                        keyLabel(by, tally.key(), locale),
                        String.valueOf(tally.breached()),
                        String.valueOf(tally.atRisk())))
                .toList();
        return new Table(
                "sla-" + by.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                List.of(
                        Translations.text(locale, Texts.key(by)),
                        Translations.text(locale, "sla.breached"),
                        Translations.text(locale, "sla.atRisk")),
                rows);
    }

    /** The cells of one clock, in the order of the headers. */
    public static List<String> clockRow(CaseClock clock, Locale locale) {
        return List.of(
                clock.caseReference(),
                label(clock.kind(), locale),
                label(clock.state(), locale),
                dateTime(clock.targetAt(), locale),
                text(clock.entity()),
                text(clock.memberState()),
                keyLabel(ClockDimension.ALLEGATION_TYPE, clock.allegationType(), locale),
                keyLabel(ClockDimension.PERSONNEL_CATEGORY, clock.personnelCategory(), locale),
                dateTime(clock.startedAt(), locale));
    }

    /** A tally's key as a reader knows it: a translated enum name, or the code itself. */
    public static String keyLabel(ClockDimension by, String key, Locale locale) {
        if (key == null) {
            return Translations.text(locale, "sla.unknown");
        }
        try {
            Enum<?> named = switch (by) {
                case ALLEGATION_TYPE -> AllegationType.valueOf(key);
                case PERSONNEL_CATEGORY -> PersonnelCategory.valueOf(key);
                case CLOCK -> ClockKind.valueOf(key);
                case ENTITY, MEMBER_STATE -> null;
            };
            return named == null ? key : Translations.text(locale, Texts.key(named));
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    public static List<String> headers(List<String> keys, Locale locale) {
        return keys.stream().map(key -> Translations.text(locale, key)).toList();
    }

    private static String label(Enum<?> value, Locale locale) {
        return value == null ? "" : Translations.text(locale, Texts.key(value));
    }

    private static String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern(Translations.text(locale, "format.dateTime"), locale)
                        .format(instant.atZone(ZoneOffset.UTC));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void requireManager() {
        if (!user.hasAnyRole(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers export SLA lists");
        }
    }
}
