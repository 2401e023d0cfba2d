package org.safeguard.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.worklist.Worklist;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Proves the seeded rows are rows the engine accepts before anything is measured on them: its
 * queries find the seeded tasks, instances and history, it builds an instance's activity tree
 * from them, and a claim and unclaim through the task list update them (REV_ checked).
 */
final class SeedCheck {

    private SeedCheck() {}

    static String verify(BenchApp app, OpenTaskSeed.Seeded seeded, String reference) {
        TaskService tasks = app.bean(TaskService.class);
        RuntimeService runtime = app.bean(RuntimeService.class);
        long open = tasks.createTaskQuery().active().count();
        require(open >= seeded.tasks(), "the engine counts " + open + " open tasks, fewer than seeded");

        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult();
        require(instance != null, "no process instance with business key " + reference);
        ActivityInstance tree = runtime.getActivityInstance(instance.getId());
        Task task =
                tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        require(
                task != null && hasNested(tree, task.getTaskDefinitionKey()),
                "the instance of " + reference + " does not wait at its task");
        List<Map<String, Object>> oneOfEachKind = app.bean(JdbcTemplate.class)
                .queryForList(
                        "SELECT TASK_DEF_KEY_ AS kind, MIN(PROC_INST_ID_) AS instance FROM ACT_RU_TASK GROUP BY TASK_DEF_KEY_");
        for (Map<String, Object> row : oneOfEachKind) {
            String kind = (String) row.get("kind");
            try {
                require(
                        hasNested(runtime.getActivityInstance((String) row.get("instance")), kind),
                        "the engine's activity tree misses the task " + kind);
            } catch (ProcessEngineException e) {
                throw new IllegalStateException("Seeded rows rejected: no activity tree for task " + kind, e);
            }
        }
        if (seeded.historyRows() > 0) {
            long history = app.bean(HistoryService.class)
                    .createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKey(reference)
                    .count();
            require(history >= 1, "no task history for " + reference);
        }

        Task claimable = tasks.createTaskQuery()
                .active()
                .taskCandidateGroup(Role.MANAGER.engineGroup())
                .taskUnassigned()
                .processInstanceBusinessKey(reference)
                .singleResult();
        Task anyClaimable = claimable != null
                ? claimable
                : tasks
                        .createTaskQuery()
                        .active()
                        .taskCandidateGroup(Role.MANAGER.engineGroup())
                        .taskUnassigned()
                        .orderByTaskCreateTime()
                        .desc()
                        .listPage(0, 1)
                        .stream()
                        .findFirst()
                        .orElseThrow();
        claimAndGiveBack(app, anyClaimable.getId());
        return ("the engine finds %d open tasks, the instance of %s and its history, builds the activity tree of an"
                        + " instance of each of the %d task kinds; claim and unclaim work")
                .formatted(open, reference, oneOfEachKind.size());
    }

    private static boolean hasNested(ActivityInstance tree, String activityId) {
        if (tree.getActivityId().equals(activityId)) {
            return true;
        }
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            if (hasNested(child, activityId)) {
                return true;
            }
        }
        return false;
    }

    private static void claimAndGiveBack(BenchApp app, String taskId) {
        Worklist worklist = app.bean(Worklist.class);
        try (var signedIn = SignedIn.as(app.bean(SecurityContextHolderStrategy.class), "manager", Role.MANAGER)) {
            worklist.claim(taskId);
            require("manager".equals(worklist.task(taskId).assignee()), "claiming " + taskId + " did not assign it");
            worklist.unclaim(taskId);
        }
        List<String> groups = app.bean(TaskService.class).getIdentityLinksForTask(taskId).stream()
                .map(link -> link.getGroupId())
                .toList();
        require(groups.contains(Role.MANAGER.engineGroup()), "task " + taskId + " lost its candidate group");
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("Seeded rows rejected: " + failure);
        }
    }
}
