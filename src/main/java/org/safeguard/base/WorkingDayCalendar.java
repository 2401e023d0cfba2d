package org.safeguard.base;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts working days: Saturday and Sunday are never working days, nor the public holidays of the
 * given country (ISO 3166 alpha-2) as the Jollyday holiday library publishes them. A country that is
 * unknown, or that Jollyday has no calendar for, counts weekends only: a deadline must still be set.
 * Days are calendar days in UTC, the zone every instant of Safeguard is kept in.
 */
@Component
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final Set<String> supported = HolidayManager.getSupportedCalendarCodes();
    private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();

    /** The instant {@code days} working days after {@code start}, at the same time of day. */
    public Instant plusWorkingDays(Instant start, int days, String country) {
        ZonedDateTime from = start.atZone(ZoneOffset.UTC);
        return from.with(plusWorkingDays(from.toLocalDate(), days, country)).toInstant();
    }

    /** The date {@code days} working days after {@code start}; {@code start} itself is not counted. */
    public LocalDate plusWorkingDays(LocalDate start, int days, String country) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date, country)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The part of [{@code from}, {@code to}) that falls on working days: a pause from Friday 10:00 to
     * Monday 10:00 holds 24 hours of working time (Friday's last 14, Monday's first 10).
     */
    public Duration workingTimeBetween(Instant from, Instant to, String country) {
        Duration total = Duration.ZERO;
        for (Instant dayStart = startOfDay(from); dayStart.isBefore(to); dayStart = dayStart.plus(Duration.ofDays(1))) {
            if (isWorkingDay(dayStart.atZone(ZoneOffset.UTC).toLocalDate(), country)) {
                Instant overlapFrom = from.isAfter(dayStart) ? from : dayStart;
                Instant dayEnd = dayStart.plus(Duration.ofDays(1));
                Instant overlapTo = to.isBefore(dayEnd) ? to : dayEnd;
                total = total.plus(Duration.between(overlapFrom, overlapTo));
            }
        }
        return total;
    }

    /**
     * {@code start} moved on by {@code workingTime}, counted on working days only: weekends and
     * holidays are stepped over. The inverse of {@link #workingTimeBetween} for a deadline that moves
     * by the working time a pause took.
     */
    public Instant plusWorkingTime(Instant start, Duration workingTime, String country) {
        Instant at = start;
        Duration left = workingTime;
        while (true) {
            Instant nextDay = startOfDay(at).plus(Duration.ofDays(1));
            if (isWorkingDay(at.atZone(ZoneOffset.UTC).toLocalDate(), country)) {
                Duration today = Duration.between(at, nextDay);
                if (left.compareTo(today) < 0) {
                    return at.plus(left);
                }
                left = left.minus(today);
            }
            at = nextDay;
        }
    }

    private static Instant startOfDay(Instant instant) {
        return instant.atZone(ZoneOffset.UTC)
                .toLocalDate()
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    public boolean isWorkingDay(LocalDate date, String country) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return holidays(country).map(manager -> !manager.isHoliday(date)).orElse(true);
    }

    private Optional<HolidayManager> holidays(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        return managers.computeIfAbsent(country.trim().toUpperCase(Locale.ROOT), code -> {
            if (!supported.contains(code)) {
                log.warn("No public holiday calendar for country {}: counting weekends only", code);
                return Optional.empty();
            }
            return Optional.of(HolidayManager.getInstance(ManagerParameters.create(code)));
        });
    }
}
