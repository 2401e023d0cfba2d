package org.safeguard.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.safeguard.base.security.Role;
import org.safeguard.sla.ClockDimension;
import org.safeguard.sla.ClockState;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaClockProjection;
import org.safeguard.sla.SlaClocks;
import org.safeguard.sla.SlaFigures;
import org.safeguard.testsupport.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * SLA dashboard latency at scale: on a {@link SeededWorkload} whose SLA clocks are derived again from
 * the seeded engine rows (unless reused: {@code -Dbench.rebuild=true} forces it), calls as a manager
 * every query the dashboard and its drill-down run: the tallies by each dimension, the oldest open
 * breach, breaches per week over 12 weeks, the median time per milestone over 90 days, the count and
 * first page of all open clocks and of a drill-down (open breaches of the busiest entity), a page deep
 * in that drill-down, and one case's clocks refreshed. Each p95 beside the goal of a query; the eight
 * figures of the page together beside the goal of a page load.
 */
final class DashboardBenchmark implements BenchmarkPart {

    static final int PAGE = 50;
    /** The eight figures of /sla together: a page load, whose goal is a second, not a query's. */
    static final String WHOLE_DASHBOARD = "whole dashboard (8 figures)";

    static final double DASHBOARD_GOAL_MS = 1000;
    private static final String PART = "sla";

    record Probe(String query, LongSupplier call) {}

    @Override
    public String name() {
        return PART;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        try (SeededWorkload workload = SeededWorkload.start(size)) {
            BenchApp app = workload.app();
            List<Figure> figures = new ArrayList<>(List.of(workload.figure(PART)));
            // The seed writes the engine's tables directly, behind the engine's back: derive every clock again.
            SlaClockProjection projection = app.bean(SlaClockProjection.class);
            if (!workload.reused() || Boolean.getBoolean("bench.rebuild")) {
                long t0 = System.nanoTime();
                long projected = projection.rebuild();
                figures.add(Figure.info(
                        PART,
                        "SLA clocks rebuilt from the engine's rows",
                        String.format(
                                Locale.ROOT,
                                "%,d in %d s",
                                projected,
                                Duration.ofNanos(System.nanoTime() - t0).toSeconds())));
            }
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            jdbc.execute("ANALYZE TABLE case_file, subject_group, ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_IDENTITYLINK,"
                    + " ACT_RU_VARIABLE, ACT_RU_JOB, ACT_HI_TASKINST, ACT_HI_PROCINST, ACT_HI_VARINST, ACT_HI_JOB_LOG,"
                    + " sla_clock_pause, sla_clock");
            figures.add(Figure.info(
                    PART,
                    "SLA clocks / open",
                    String.format(
                            Locale.ROOT,
                            "%,d / %,d",
                            jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock", Long.class),
                            jdbc.queryForObject("SELECT COUNT(*) FROM sla_clock WHERE ended_at IS NULL", Long.class))));
            String someCase = jdbc.queryForObject(
                    "SELECT MIN(case_reference) FROM sla_clock WHERE ended_at IS NULL", String.class);
            List<Probe> probes = probes(app.bean(SlaFigures.class), app.bean(SlaClocks.class), workload.now());
            probes.add(new Probe("refresh one case's clocks", () -> {
                projection.refresh(List.of(someCase));
                return 1;
            }));
            try (var signedIn = SignedIn.as(app.bean(SecurityContextHolderStrategy.class), "manager", Role.MANAGER)) {
                for (Probe probe : probes) {
                    double p95 = Latencies.sample(size.warmupCalls(), size.iterations(), probe.call())
                            .percentileMillis(95);
                    figures.add(Figure.atMost(
                            PART,
                            probe.query() + " p95",
                            p95,
                            probe.query().equals(WHOLE_DASHBOARD) ? DASHBOARD_GOAL_MS : TaskListBenchmark.GOAL_P95_MS,
                            "ms"));
                }
            }
            return figures;
        }
    }

    static List<Probe> probes(SlaFigures figures, SlaClocks clocks, Instant now) {
        SlaClockFilter open = SlaClockFilter.NONE.open();
        SlaClockFilter drill =
                open.withState(ClockState.BREACHED).with(ClockDimension.ENTITY, OpenTaskSeed.BUSY_ENTITY);
        LocalDate nextMonday = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        List<Probe> probes = new ArrayList<>();
        for (ClockDimension by : ClockDimension.values()) {
            probes.add(new Probe(
                    "tallies by " + by,
                    () -> figures.openBreachesAndRisks(by, open).size()));
        }
        probes.add(new Probe(
                "oldest open breach", () -> figures.oldestOpenBreach(open).isPresent() ? 1 : 0));
        probes.add(new Probe(
                "breaches per week (12)",
                () -> figures.breachesPerWeek(nextMonday.minusWeeks(12), nextMonday, SlaClockFilter.NONE)
                        .size()));
        probes.add(new Probe(
                "median per milestone (90 d)",
                () -> figures.medianTimeToMilestone(now.minus(90, ChronoUnit.DAYS), now, SlaClockFilter.NONE)
                        .size()));
        probes.add(new Probe(WHOLE_DASHBOARD, () -> {
            long n = 0;
            for (ClockDimension by : ClockDimension.values()) {
                n += figures.openBreachesAndRisks(by, open).size();
            }
            n += figures.oldestOpenBreach(open).isPresent() ? 1 : 0;
            n += figures.breachesPerWeek(nextMonday.minusWeeks(12), nextMonday, SlaClockFilter.NONE)
                    .size();
            n += figures.medianTimeToMilestone(now.minus(90, ChronoUnit.DAYS), now, SlaClockFilter.NONE)
                    .size();
            return n;
        }));
        probes.add(new Probe("open clocks: count", () -> clocks.count(open)));
        probes.add(new Probe(
                "open clocks: first page", () -> clocks.query(open, 0, PAGE).size()));
        probes.add(new Probe("drill-down: count", () -> clocks.count(drill)));
        probes.add(new Probe(
                "drill-down: first page", () -> clocks.query(drill, 0, PAGE).size()));
        probes.add(new Probe(
                "drill-down: page at 1000",
                () -> clocks.query(drill, 1000, PAGE).size()));
        return probes;
    }
}
