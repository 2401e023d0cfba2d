package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.safeguard.benchmark.TaskListProbes.Probe;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.worklist.Worklist;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Task-list latency at scale: on a {@link SeededWorkload} (checked by {@link SeedCheck} first), every
 * query of the task list ({@link TaskListProbes}) called through the real {@code Worklist} bean as an
 * intake officer, an investigator and a manager, one at a time: warm-up calls, then
 * {@code size.iterations()} measured ones; each query's p95 beside the goal.
 */
final class TaskListBenchmark implements BenchmarkPart {

    static final double GOAL_P95_MS = 100;
    private static final String PART = "tasklist";

    @Override
    public String name() {
        return PART;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        try (SeededWorkload workload = SeededWorkload.start(size)) {
            BenchApp app = workload.app();
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            // What a long-running server has: statistics that know the tables' sizes.
            jdbc.execute("ANALYZE TABLE case_file, subject_group, subject, case_team_member, ACT_RU_EXECUTION,"
                    + " ACT_RU_TASK, ACT_RU_IDENTITYLINK");
            OpenTaskSeed.Seeded seeded = workload.seeded();
            String middle = jdbc.queryForObject(
                    "SELECT reference FROM case_file WHERE id = ?",
                    String.class,
                    seeded.firstCaseNumber() + seeded.cases() / 2);
            SeedCheck.verify(app, seeded, middle);
            String textFilter = middle.substring(middle.length() - 6);
            List<Figure> figures = new ArrayList<>(List.of(workload.figure(PART)));
            SecurityContextHolderStrategy contexts = app.bean(SecurityContextHolderStrategy.class);
            for (Probe probe : TaskListProbes.all(app.bean(Worklist.class), textFilter)) {
                try (var signedIn = SignedIn.as(
                        contexts, probe.user().username(), probe.user().role())) {
                    Latencies latencies = Latencies.sample(size.warmupCalls(), size.iterations(), probe.call());
                    figures.add(Figure.atMost(
                            PART,
                            probe.user().username() + " " + probe.queue() + " " + probe.query() + " p95",
                            latencies.percentileMillis(95),
                            GOAL_P95_MS,
                            "ms"));
                }
            }
            return figures;
        }
    }
}
