package org.safeguard.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.AllegationType;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.safeguard.worklist.internal.WorklistMapper;
import org.safeguard.worklist.internal.WorklistQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The task list on the database: one query per page and count, limited to the user's case scope
 * and to whose the tasks are, filters, and claim, unclaim, reassign and follow-up dates.
 */
@SafeguardIntegrationTest
class WorklistIT {

    static final int ALL_ROWS = 100_000;

    @LocalServerPort
    int port;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Worklist worklist;

    @Autowired
    SavedFilters savedFilters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService engineTasks;

    @Autowired
    WorklistMapper mapper;

    @Autowired
    NextTasks nextTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    String minusca;
    String unmiss;

    @BeforeEach
    void registerOneCaseInEachMission() {
        Api api = new Api(port);
        minusca = reference(api.postCase(
                "intake",
                AllegationJson.anAllegation()
                        .ofType(AllegationType.SEXUAL_ABUSE)
                        .json()));
        unmiss = reference(api.postCase(
                "intake-unmiss",
                AllegationJson.anAllegation()
                        .against("UNMISS")
                        .dutyStation("Juba")
                        .json()));
    }

    @Test
    void an_intake_officer_sees_the_assessment_tasks_of_their_own_mission_only() {
        List<WorklistTask> unmissSees =
                as("intake-unmiss", () -> all(TaskQueue.MY_GROUPS, TaskFilter.NONE), Role.INTAKE);
        List<WorklistTask> minuscaSees = as("intake", () -> all(TaskQueue.MY_GROUPS, TaskFilter.NONE), Role.INTAKE);

        assertThat(unmissSees).extracting(WorklistTask::entity).containsOnly("UNMISS");
        assertThat(unmissSees)
                .extracting(WorklistTask::caseReference)
                .contains(unmiss)
                .doesNotContain(minusca);
        assertThat(minuscaSees).extracting(WorklistTask::entity).containsOnly("MINUSCA");
        WorklistTask assessment = task(minuscaSees, minusca);
        assertThat(assessment.kind()).isEqualTo("user_assess_allegation");
        assertThat(assessment.allegationType()).isEqualTo(AllegationType.SEXUAL_ABUSE);
        assertThat(assessment.memberState()).isEqualTo("CA");
        assertThat(assessment.due()).isNotNull();
        assertThat(assessment.assignee()).isNull();
    }

    @Test
    void counts_match_the_rows_and_pages_follow_each_other_soonest_due_first() {
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            List<WorklistTask> rows = all(TaskQueue.MY_GROUPS, TaskFilter.NONE);
            assertThat(worklist.count(TaskQueue.MY_GROUPS, TaskFilter.NONE).tasks())
                    .isEqualTo(rows.size());
            assertThat(rows)
                    .extracting(WorklistTask::due)
                    .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
            List<WorklistTask> firstTwo = worklist.tasks(TaskQueue.MY_GROUPS, TaskFilter.NONE, 0, 2);
            List<WorklistTask> next = worklist.tasks(TaskQueue.MY_GROUPS, TaskFilter.NONE, 2, ALL_ROWS);
            assertThat(firstTwo.size() + next.size()).isEqualTo(rows.size());
            assertThat(worklist.count(TaskQueue.MINE, TaskFilter.NONE).tasks())
                    .isEqualTo(all(TaskQueue.MINE, TaskFilter.NONE).size());
        }
    }

    @Test
    void filters_narrow_the_list_and_the_count_alike() {
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            TaskFilter byReference = TaskFilter.NONE.withText(minusca.toLowerCase());
            assertThat(all(TaskQueue.ALL, byReference))
                    .extracting(WorklistTask::caseReference)
                    .containsExactly(minusca);
            assertThat(worklist.count(TaskQueue.ALL, byReference).tasks()).isOne();

            TaskFilter unmissOnly = TaskFilter.NONE.withEntity("UNMISS");
            assertThat(all(TaskQueue.ALL, unmissOnly))
                    .extracting(WorklistTask::entity)
                    .containsOnly("UNMISS")
                    .hasSize((int) worklist.count(TaskQueue.ALL, unmissOnly).tasks());
            assertThat(all(TaskQueue.ALL, unmissOnly))
                    .extracting(WorklistTask::caseReference)
                    .contains(unmiss);

            TaskFilter abuse = TaskFilter.NONE.withAllegationType(AllegationType.SEXUAL_ABUSE);
            assertThat(all(TaskQueue.ALL, abuse))
                    .extracting(WorklistTask::allegationType)
                    .containsOnly(AllegationType.SEXUAL_ABUSE);

            assertThat(all(TaskQueue.ALL, TaskFilter.NONE.withText("assess allegation")))
                    .extracting(WorklistTask::kind)
                    .containsOnly("user_assess_allegation");

            long total = worklist.count(TaskQueue.ALL, TaskFilter.NONE).tasks();
            long byState = 0;
            for (DueState state : DueState.values()) {
                List<WorklistTask> rows = all(TaskQueue.ALL, TaskFilter.NONE.withState(state));
                assertThat(rows).allSatisfy(row -> assertThat(row.state()).isEqualTo(state));
                byState += rows.size();
            }
            assertThat(byState).isEqualTo(total);
        }
    }

    @Test
    void scrolling_on_after_the_last_task_shown_gives_what_the_next_offset_gives_even_once_that_task_is_gone() {
        String undated = reference(
                new Api(port).postCase("intake", AllegationJson.anAllegation().json()));
        Task withoutDueDate = engineTasks
                .createTaskQuery()
                .processInstanceBusinessKey(undated)
                .singleResult();
        withoutDueDate.setDueDate(null);
        engineTasks.saveTask(withoutDueDate);
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            List<WorklistTask> rows = all(TaskQueue.ALL, TaskFilter.NONE);
            assertThat(rows).extracting(WorklistTask::caseReference).contains(undated);
            assertThat(rows.get(rows.size() - 1).due())
                    .as("undated tasks come last")
                    .isNull();
            for (int offset = 1; offset < rows.size(); offset++) {
                assertThat(worklist.tasksAfter(
                                TaskQueue.ALL,
                                TaskFilter.NONE,
                                rows.get(offset - 1).id(),
                                offset,
                                2))
                        .as("after row %d", offset)
                        .extracting(WorklistTask::id)
                        .isEqualTo(rows.subList(offset, Math.min(offset + 2, rows.size())).stream()
                                .map(WorklistTask::id)
                                .toList());
            }
            assertThat(worklist.tasksAfter(TaskQueue.ALL, TaskFilter.NONE, "no-longer-open", 1, 2))
                    .extracting(WorklistTask::id)
                    .containsExactly(rows.get(1).id(), rows.get(2).id());
        }
    }

    @Test
    void a_count_stops_at_its_limit() {
        Instant now = Instant.now();
        WorklistQuery everyTask = new WorklistQuery(TaskQueue.ALL, CurrentUser.SYSTEM, List.of(), TaskFilter.NONE, now);
        assertThat(mapper.count(CaseScope.system(now), everyTask, 1_000_000)).isGreaterThan(2);

        assertThat(mapper.count(CaseScope.system(now), everyTask, 2)).isEqualTo(2);
    }

    @Test
    void an_investigator_lists_the_tasks_of_their_teams_cases_only_and_not_of_one_they_are_excluded_from() {
        Api api = new Api(port);
        String onTeam =
                reference(api.postCase("intake", AllegationJson.anAllegation().json()));
        String excluded =
                reference(api.postCase("intake", AllegationJson.anAllegation().json()));
        String notOnTeam =
                reference(api.postCase("intake", AllegationJson.anAllegation().json()));
        for (String reference : List.of(onTeam, excluded, notOnTeam)) {
            // Given to the investigator directly: only the case scope decides what they see.
            engineTasks.setAssignee(
                    engineTasks
                            .createTaskQuery()
                            .processInstanceBusinessKey(reference)
                            .singleResult()
                            .getId(),
                    "investigator");
        }
        for (String reference : List.of(onTeam, excluded)) {
            assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator", null)
                            .statusCode())
                    .isLessThan(300);
        }
        jdbc.update(
                "INSERT INTO case_exclusion (case_id, username, reason, excluded_by, excluded_at)"
                        + " SELECT id, 'investigator', 'Knows the subject', 'manager', CURRENT_TIMESTAMP FROM case_file"
                        + " WHERE reference = ?",
                excluded);

        List<WorklistTask> mine = as("investigator", () -> all(TaskQueue.MINE, TaskFilter.NONE), Role.INVESTIGATOR);

        assertThat(mine)
                .extracting(WorklistTask::caseReference)
                .contains(onTeam)
                .doesNotContain(excluded, notOnTeam);
        assertThat(as(
                        "investigator",
                        () -> worklist.count(TaskQueue.MINE, TaskFilter.NONE).tasks(),
                        Role.INVESTIGATOR))
                .isEqualTo(mine.size());
        assertThat(as(
                        "investigator",
                        () -> all(TaskQueue.MINE, TaskFilter.NONE.withText(onTeam.substring(4))),
                        Role.INVESTIGATOR))
                .extracting(WorklistTask::caseReference)
                .containsExactly(onTeam);
    }

    @Test
    void a_claimed_task_moves_to_my_tasks_and_back_to_the_group_when_unclaimed_each_in_the_audit_trail() {
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            WorklistTask task = task(all(TaskQueue.MY_GROUPS, TaskFilter.NONE), minusca);

            worklist.claim(task.id());

            assertThat(task(all(TaskQueue.MINE, TaskFilter.NONE), minusca).assignee())
                    .isEqualTo("intake");
            assertThat(all(TaskQueue.MY_GROUPS, TaskFilter.NONE))
                    .extracting(WorklistTask::id)
                    .doesNotContain(task.id());
            assertThatThrownBy(() -> worklist.claim(task.id())).isInstanceOf(InvalidInputException.class);

            worklist.setFollowUp(task.id(), LocalDate.of(2026, 12, 24));
            assertThat(worklist.task(task.id()).followUp())
                    .isEqualTo(LocalDate.of(2026, 12, 24)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant());

            worklist.unclaim(task.id());

            assertThat(all(TaskQueue.MY_GROUPS, TaskFilter.NONE))
                    .extracting(WorklistTask::id)
                    .contains(task.id());
            assertThat(all(TaskQueue.MINE, TaskFilter.NONE))
                    .extracting(WorklistTask::id)
                    .doesNotContain(task.id());
        }
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE case_reference = ? AND actor = 'intake'" + " ORDER BY id",
                        String.class,
                        minusca))
                .containsSubsequence("TASK_CLAIMED", "TASK_FOLLOW_UP_SET", "TASK_UNCLAIMED");
    }

    @Test
    void a_task_outside_the_users_scope_cannot_be_claimed_or_even_found() {
        String taskId = as(
                "intake",
                () -> task(all(TaskQueue.MY_GROUPS, TaskFilter.NONE), minusca).id(),
                Role.INTAKE);

        try (var signedIn = SignedIn.as(contexts, "intake-unmiss", Role.INTAKE)) {
            assertThatThrownBy(() -> worklist.claim(taskId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> worklist.task(taskId)).isInstanceOf(NotFoundException.class);
        }
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            assertThatThrownBy(() -> worklist.claim(taskId))
                    .as("in scope, but not offered to advocates")
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_manager_reassigns_a_task_and_nobody_else_may() {
        String taskId = as(
                "intake",
                () -> task(all(TaskQueue.MY_GROUPS, TaskFilter.NONE), minusca).id(),
                Role.INTAKE);
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            assertThatThrownBy(() -> worklist.reassign(taskId, "intake")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
        }

        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            worklist.reassign(taskId, "intake");
            assertThat(worklist.task(taskId).assignee()).isEqualTo("intake");
        }

        assertThat(as("intake", () -> all(TaskQueue.MINE, TaskFilter.NONE), Role.INTAKE))
                .extracting(WorklistTask::id)
                .contains(taskId);
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE action = 'TASK_REASSIGNED' AND target = ?",
                        String.class,
                        taskId))
                .isEqualTo("null->intake");
    }

    @Test
    void a_saved_filter_is_the_owners_until_shared() {
        String name = "Overdue abuse " + minusca;
        TaskFilter filter =
                TaskFilter.NONE.withAllegationType(AllegationType.SEXUAL_ABUSE).withState(DueState.OVERDUE);
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            savedFilters.save(name, filter, false);
            assertThat(savedFilters.available()).extracting(SavedFilter::filter).contains(filter);
        }
        long id = as("intake", () -> named(name).id(), Role.INTAKE);
        assertThat(as("vra", () -> savedFilters.available(), Role.VRA))
                .extracting(SavedFilter::name)
                .doesNotContain(name);
        try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) {
            assertThatThrownBy(() -> savedFilters.share(id, true)).isInstanceOf(NotFoundException.class);
        }

        as(
                "intake",
                () -> {
                    savedFilters.share(id, true);
                    return null;
                },
                Role.INTAKE);

        SavedFilter shared = as("vra", () -> named(name), Role.VRA);
        assertThat(shared.owner()).isEqualTo("intake");
        assertThat(shared.filter()).isEqualTo(filter);
    }

    @Test
    void a_manager_may_give_a_task_only_to_someone_who_may_do_it_and_sees_its_case() {
        String taskId = as(
                "intake",
                () -> task(all(TaskQueue.MY_GROUPS, TaskFilter.NONE), minusca).id(),
                Role.INTAKE);

        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            assertThat(worklist.candidates(taskId))
                    .contains("intake")
                    .doesNotContain("intake-unmiss", "investigator", "vra", "focal-ca");
            for (String wrong : List.of("intake-unmiss", "investigator", "nobody")) {
                assertThatThrownBy(() -> worklist.reassign(taskId, wrong))
                        .as(wrong)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.violations())
                                        .containsExactly(new Violation(Worklist.ASSIGNEE, Worklist.ASSIGNEE_MAY_NOT)));
            }
            assertThat(worklist.task(taskId).assignee()).isNull();
        }
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            assertThatThrownBy(() -> worklist.candidates(taskId)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void every_order_is_the_databases_and_undated_tasks_stay_last_either_way() {
        String undated = reference(
                new Api(port).postCase("intake", AllegationJson.anAllegation().json()));
        Task withoutDueDate = engineTasks
                .createTaskQuery()
                .processInstanceBusinessKey(undated)
                .singleResult();
        withoutDueDate.setDueDate(null);
        engineTasks.saveTask(withoutDueDate);
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            List<WorklistTask> latestFirst = sorted(TaskOrder.By.DUE, true);
            List<WorklistTask> dated =
                    latestFirst.stream().filter(task -> task.due() != null).toList();
            assertThat(dated).extracting(WorklistTask::due).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(latestFirst.subList(dated.size(), latestFirst.size()))
                    .extracting(WorklistTask::due)
                    .as("undated tasks last in both directions")
                    .containsOnlyNulls()
                    .isNotEmpty();
            assertThat(sorted(TaskOrder.By.CREATED, false))
                    .extracting(WorklistTask::created)
                    .isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(sorted(TaskOrder.By.CREATED, true))
                    .extracting(WorklistTask::created)
                    .isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(sorted(TaskOrder.By.TASK, true))
                    .extracting(WorklistTask::name)
                    .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());

            TaskOrder latest = new TaskOrder(TaskOrder.By.DUE, true);
            for (int offset = 1; offset < latestFirst.size(); offset += Math.max(1, latestFirst.size() / 7)) {
                assertThat(worklist.tasksAfter(
                                TaskQueue.ALL,
                                TaskFilter.NONE,
                                latest,
                                latestFirst.get(offset - 1).id(),
                                offset,
                                2))
                        .as("after row %d", offset)
                        .extracting(WorklistTask::id)
                        .isEqualTo(latestFirst.subList(offset, Math.min(offset + 2, latestFirst.size())).stream()
                                .map(WorklistTask::id)
                                .toList());
            }
        }
    }

    @Test
    void the_entity_filter_offers_the_entities_of_the_users_scope_only() {
        assertThat(as("intake", () -> worklist.entityCodes(), Role.INTAKE)).containsExactly("MINUSCA");
        assertThat(as("intake-unmiss", () -> worklist.entityCodes(), Role.INTAKE))
                .containsExactly("UNMISS");
        assertThat(as("manager", () -> worklist.entityCodes(), Role.MANAGER))
                .contains("MINUSCA", "UNMISS")
                .hasSizeGreaterThan(2);
    }

    @Test
    void the_next_task_of_a_case_is_the_users_own_first_then_one_their_groups_may_claim_and_never_anothers() {
        String taskId = as(
                "intake",
                () -> task(all(TaskQueue.MY_GROUPS, TaskFilter.NONE), minusca).id(),
                Role.INTAKE);

        assertThat(as("intake", () -> nextTasks.inCase(minusca), Role.INTAKE))
                .map(WorklistTask::id)
                .contains(taskId);
        assertThat(as("vra", () -> nextTasks.inCase(minusca), Role.VRA))
                .as("not offered to advocates")
                .isEmpty();
        assertThat(as("intake-unmiss", () -> nextTasks.inCase(minusca), Role.INTAKE))
                .as("out of scope")
                .isEmpty();

        as(
                "manager",
                () -> {
                    worklist.reassign(taskId, "intake");
                    return null;
                },
                Role.MANAGER);
        assertThat(as("intake", () -> nextTasks.inCase(minusca), Role.INTAKE))
                .map(WorklistTask::assignee)
                .contains("intake");
    }

    @Test
    void a_case_is_moving_on_while_a_job_of_its_processes_is_due_and_not_once_none_is() {
        Job next = runtime.createProcessInstanceQuery().processInstanceBusinessKey(minusca).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).list().stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No job continues " + minusca));
        assertThat(movingOn(minusca)).as("the intake's continuation is due").isTrue();

        management.setJobRetries(next.getId(), 0);
        assertThat(movingOn(minusca))
                .as("no retries left: an incident, not a step coming")
                .isFalse();
        management.setJobRetries(next.getId(), 1);
        management.suspendJobById(next.getId());
        assertThat(movingOn(minusca)).as("suspended").isFalse();
        management.activateJobById(next.getId());
        management.setJobDuedate(
                next.getId(), Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
        assertThat(movingOn(minusca)).as("due tomorrow").isFalse();
        management.setJobDuedate(next.getId(), ClockUtil.getCurrentTime());
        assertThat(movingOn(minusca)).as("due now").isTrue();

        new DueJobs(runtime, management).runFor(minusca);
        assertThat(movingOn(minusca)).as("nothing left to run").isFalse();
        assertThatThrownBy(() -> as("intake-unmiss", () -> nextTasks.caseMovingOn(minusca), Role.INTAKE))
                .isInstanceOf(NotFoundException.class);
    }

    private boolean movingOn(String reference) {
        return as("intake", () -> nextTasks.caseMovingOn(reference), Role.INTAKE);
    }

    private List<WorklistTask> sorted(TaskOrder.By by, boolean descending) {
        return worklist.tasks(TaskQueue.ALL, TaskFilter.NONE, new TaskOrder(by, descending), 0, ALL_ROWS);
    }

    private SavedFilter named(String name) {
        return savedFilters.available().stream()
                .filter(saved -> saved.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<WorklistTask> all(TaskQueue queue, TaskFilter filter) {
        return worklist.tasks(queue, filter, 0, ALL_ROWS);
    }

    private static WorklistTask task(List<WorklistTask> tasks, String reference) {
        return tasks.stream()
                .filter(task -> task.caseReference().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No task of " + reference + " in " + tasks));
    }

    private <T> T as(String user, Supplier<T> call, Role... roles) {
        try (var signedIn = SignedIn.as(contexts, user, roles)) {
            return call.get();
        }
    }

    private static String reference(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).get("reference").asText();
    }
}
