package org.safeguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.casefile.CaseFiles;

/**
 * Case work through the task API: each pair claims a case's preliminary assessment
 * ({@code user_assess_allegation}, the task a case has right after intake) with
 * {@code POST /api/tasks/{id}/claim} and completes it with {@code POST /api/tasks/{id}/complete},
 * every subject group assessed as a breach, from 8 keep-alive clients. The cases are registered and
 * their follow-up jobs run first; during the pairs the job executor runs, as in production, and
 * takes each completed case on. A few pairs made one at a time before the timed ones are counted
 * statement by statement ({@link PairCost}).
 */
final class TaskPairBenchmark implements BenchmarkPart {

    static final double GOAL_PER_SECOND = 60;
    private static final String PART = "tasks";
    private static final int CLIENTS = 8;
    /** Pairs made one at a time with their statements counted, before the timed ones. */
    private static final int COUNTED = 10;

    /** A task ready to be claimed and the completion body that assesses its case. */
    private record Assessment(String taskId, String body) {}

    @Override
    public String name() {
        return PART;
    }

    @Override
    public List<Figure> run(BenchmarkSize size) throws Exception {
        SqlCounter counter = new SqlCounter();
        try (BenchApp app = BenchApp.start(
                PART, Map.of(), context -> context.getBeanFactory().addBeanPostProcessor(counter))) {
            app.jobExecutor().shutdown();
            int warmup = Math.max(5, size.taskPairs() / 10);
            List<String> cases = new ExampleIntake(app).registerMany(warmup + COUNTED + 1 + size.taskPairs());
            app.runDueJobs();
            List<Assessment> assessments = assessments(app, cases);
            app.jobExecutor().start();

            BenchClient client = new BenchClient(app.port());
            ConcurrentCalls.run(CLIENTS, warmup, index -> pair(client, assessments.get(index)))
                    .checked();
            List<Assessment> counted = assessments.subList(warmup, warmup + COUNTED + 1);
            PairCost cost = new PairCost(counter, app.bean(ManagementService.class));
            List<Figure> costs = cost.measure(
                    PART,
                    COUNTED,
                    index -> claim(client, counted.get(index)),
                    index -> complete(client, counted.get(index)));
            List<Assessment> measured = assessments.subList(warmup + COUNTED + 1, assessments.size());
            long cpuBefore = CpuUse.threadNanos(PairCost.REQUEST, PairCost.JOB, PairCost.ACQUISITION);
            ConcurrentCalls.Result result = ConcurrentCalls.run(
                            CLIENTS, measured.size(), index -> pair(client, measured.get(index)))
                    .checked();
            cost.awaitJobs();
            double cpuMillis =
                    (CpuUse.threadNanos(PairCost.REQUEST, PairCost.JOB, PairCost.ACQUISITION) - cpuBefore) / 1e6;
            String at = " at " + CLIENTS + " clients";
            List<Figure> figures = new ArrayList<>(List.of(
                    Figure.atLeast(PART, "claim + complete pairs/s" + at, result.perSecond(), GOAL_PER_SECOND, ""),
                    Figure.info(
                            PART,
                            "pair p50 / p95" + at,
                            Figure.format(result.millis(50), "ms") + " / " + Figure.format(result.millis(95), "ms")),
                    Figure.info(
                            PART,
                            "application CPU per pair, its jobs included (request and job threads)",
                            Figure.format(cpuMillis / measured.size(), "ms"))));
            figures.addAll(costs);
            return figures;
        }
    }

    private static void pair(BenchClient client, Assessment assessment) throws Exception {
        claim(client, assessment);
        complete(client, assessment);
    }

    private static void claim(BenchClient client, Assessment assessment) throws Exception {
        client.post("/api/tasks/" + assessment.taskId() + "/claim", null, 204);
    }

    private static void complete(BenchClient client, Assessment assessment) throws Exception {
        client.post("/api/tasks/" + assessment.taskId() + "/complete", assessment.body(), 204);
    }

    /** Each case's open assessment, with the body a client builds from {@code GET /api/cases/{reference}}. */
    private static List<Assessment> assessments(BenchApp app, List<String> cases) {
        TaskService tasks = app.bean(TaskService.class);
        CaseFiles files = app.bean(CaseFiles.class);
        List<Assessment> assessments = new ArrayList<>(cases.size());
        for (String reference : cases) {
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(reference)
                    .taskDefinitionKey(SeaCaseProcess.Element.user_assess_allegation.id())
                    .singleResult();
            if (task == null) {
                throw new IllegalStateException(reference + " has no open assessment after intake");
            }
            String groups = files.subjectGroups(reference).stream()
                    .map(group -> "{\"subjectGroupId\":" + group.id() + ",\"breachesStandards\":true}")
                    .collect(Collectors.joining(","));
            assessments.add(new Assessment(task.getId(), "{\"assessments\":[" + groups + "]}"));
        }
        return assessments;
    }
}
