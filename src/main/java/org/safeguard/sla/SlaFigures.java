package org.safeguard.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.sla.internal.ClockQuery;
import org.safeguard.sla.internal.KindSeconds;
import org.safeguard.sla.internal.SlaClockMapper;
import org.safeguard.sla.internal.WeekCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the managers' SLA dashboard, each one query over the clocks of the cases the user
 * may see (managers see all): open breaches and at-risk clocks by dimension, the oldest open breach,
 * breaches per week and the median time to each milestone. {@link SlaClocks#query} with the same
 * filter lists the clocks behind any number.
 */
@Service
@Transactional(readOnly = true)
public class SlaFigures {

    private final SlaClockMapper mapper;
    private final SlaClocks clocks;
    private final ClockBindings bindings;
    private final SlaSettings settings;
    private final CaseVisibility cases;
    private final Clock clock;

    SlaFigures(
            SlaClockMapper mapper,
            SlaClocks clocks,
            ClockBindings bindings,
            SlaSettings settings,
            CaseVisibility cases,
            Clock clock) {
        this.mapper = mapper;
        this.clocks = clocks;
        this.bindings = bindings;
        this.settings = settings;
        this.cases = cases;
        this.clock = clock;
    }

    /** Open breached and at-risk clocks per value of {@code by}, most breaches first. */
    public List<ClockTally> openBreachesAndRisks(ClockDimension by, SlaClockFilter filter) {
        clocks.requireReader();
        return tallies(clocks.scope(), by, filter);
    }

    /** The open clock longest past its target, if any. */
    public Optional<OldestBreach> oldestOpenBreach(SlaClockFilter filter) {
        clocks.requireReader();
        SlaClockFilter given = filter == null ? SlaClockFilter.NONE : filter;
        SlaClockFilter breached = given.withState(ClockState.BREACHED);
        Instant now = clock.instant();
        return mapper.page(clocks.scope(), query(breached).onlyOpen(), 0, 1).stream()
                .findFirst()
                .map(row -> row.toClock(settings))
                .map(oldest -> new OldestBreach(oldest, Duration.between(oldest.targetAt(), now)));
    }

    /**
     * Clocks whose target passed in each week from the week of {@code from} to the week before
     * {@code to}, open or ended late; weeks without a breach count zero.
     */
    public List<WeeklyBreaches> breachesPerWeek(LocalDate from, LocalDate to, SlaClockFilter filter) {
        clocks.requireReader();
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        requireOrdered(firstMonday, to);
        Instant start = firstMonday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, Long> counts =
                mapper.breachesPerWeek(clocks.scope(), query(filter).endedFrom(start), start, start, end).stream()
                        .collect(Collectors.toMap(WeekCount::week, WeekCount::breaches));
        List<WeeklyBreaches> weeks = new ArrayList<>();
        for (LocalDate week = firstMonday; week.isBefore(to); week = week.plusWeeks(1)) {
            weeks.add(new WeeklyBreaches(week, counts.getOrDefault((long) weeks.size(), 0L)));
        }
        return weeks;
    }

    /** Per clock, the median time from start to end of the clocks that ended in [{@code from}, {@code to}). */
    public List<MilestoneMedian> medianTimeToMilestone(Instant from, Instant to, SlaClockFilter filter) {
        clocks.requireReader();
        requireOrdered(from, to);
        Map<ClockKind, List<Long>> seconds = new EnumMap<>(ClockKind.class);
        for (KindSeconds row : mapper.durations(clocks.scope(), query(filter).endedFrom(from), from, to)) {
            seconds.computeIfAbsent(ClockKind.valueOf(row.kind()), kind -> new ArrayList<>())
                    .add(row.seconds());
        }
        return seconds.entrySet().stream()
                .map(entry -> new MilestoneMedian(
                        entry.getKey(),
                        median(entry.getValue()),
                        entry.getValue().size()))
                .toList();
    }

    /** For the metrics: every open clock, whoever asks. */
    List<ClockTally> tallies(CaseScope scope, ClockDimension by, SlaClockFilter filter) {
        return mapper.openByGroup(scope, query(filter).onlyOpen(), by.column()).stream()
                .map(group -> new ClockTally(group.groupKey(), group.breached(), group.atRisk()))
                .toList();
    }

    /** The rows come sorted by duration within each clock. */
    static Duration median(List<Long> sortedSeconds) {
        int n = sortedSeconds.size();
        long middle =
                n % 2 == 1 ? sortedSeconds.get(n / 2) : (sortedSeconds.get(n / 2 - 1) + sortedSeconds.get(n / 2)) / 2;
        return Duration.ofSeconds(middle);
    }

    private ClockQuery query(SlaClockFilter filter) {
        return ClockQuery.of(filter == null ? SlaClockFilter.NONE : filter, clock.instant(), bindings, settings);
    }

    private static <T extends Comparable<? super T>> void requireOrdered(T from, T to) {
        if (from == null || to == null || from.compareTo(to) >= 0) {
            throw new InvalidInputException(List.of(new Violation("to", "must be after from")));
        }
    }
}
