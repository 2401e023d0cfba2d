package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.TaskApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/tasks/bulk/claim} and {@code /bulk/assign}: each task checked and changed on its
 * own, refusals reported per task while the others go through, and whole-request refusals (no
 * manager, no reason, no tasks) that change nothing.
 */
@SafeguardIntegrationTest
class TaskApiBulkIT {

    static final String ASSESS = "user_assess_allegation";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    TaskApi tasks;
    String minuscaOne;
    String minuscaTwo;
    String unmiss;

    @BeforeEach
    void registerCases() {
        api = new Api(port);
        tasks = new TaskApi(api);
        minuscaOne =
                reference(api.postCase("intake", AllegationJson.anAllegation().json()));
        minuscaTwo =
                reference(api.postCase("intake", AllegationJson.anAllegation().json()));
        unmiss = reference(api.postCase(
                "intake-unmiss",
                AllegationJson.anAllegation()
                        .against("UNMISS")
                        .dutyStation("Juba")
                        .json()));
    }

    @Test
    void an_intake_officer_claims_several_tasks_at_once_and_learns_which_could_not_be_claimed_and_why() {
        String one = assessment(minuscaOne);
        String two = assessment(minuscaTwo);
        String outOfScope = assessment(unmiss);
        String alreadyMine = tasks.claim(
                "intake",
                reference(api.postCase("intake", AllegationJson.anAllegation().json())),
                ASSESS);

        HttpResponse<String> response = api.send(
                "intake",
                "POST",
                "/api/tasks/bulk/claim",
                "{\"taskIds\": [\"" + one + "\", \"" + outOfScope + "\", \"" + two + "\", \"" + alreadyMine + "\"]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Api.json(response);
        assertThat(body.get("done").asLong()).isEqualTo(2);
        assertThat(body.get("refused").asLong()).isEqualTo(2);
        assertThat(results(body))
                .containsExactly(
                        Map.entry(one, "DONE"),
                        Map.entry(outOfScope, "NOT_FOUND"),
                        Map.entry(two, "DONE"),
                        Map.entry(alreadyMine, "ALREADY_ASSIGNED"));
        assertThat(body.get("tasks").get(1).hasNonNull("caseReference"))
                .as("a task outside the caller's scope does not name its case")
                .isFalse();
        assertThat(assignee("intake", one)).isEqualTo("intake");
        assertThat(assignee("intake", two)).isEqualTo("intake");
        assertThat(assignee("intake-unmiss", outOfScope)).as("left alone").isNull();
        assertThat(jdbc.queryForList(
                        "SELECT target FROM audit_event WHERE action = 'TASK_CLAIMED' AND actor = 'intake'",
                        String.class))
                .contains(one, two);
    }

    @Test
    void a_task_not_offered_to_the_callers_groups_is_refused_alone() {
        String intakeTask = assessment(minuscaOne);

        HttpResponse<String> response =
                api.send("manager", "POST", "/api/tasks/bulk/claim", "{\"taskIds\": [\"" + intakeTask + "\"]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(results(Api.json(response))).containsExactly(Map.entry(intakeTask, "NOT_OFFERED"));
    }

    @Test
    void a_manager_reassigns_several_tasks_with_a_reason_kept_in_each_audit_entry_and_refusals_per_task() {
        String one = assessment(minuscaOne);
        String two = assessment(minuscaTwo);
        String otherMission = assessment(unmiss);
        String reason = "Cover for Ines while she is on mission " + minuscaOne;

        HttpResponse<String> response = api.send(
                "manager",
                "POST",
                "/api/tasks/bulk/assign",
                "{\"taskIds\": [\"" + one + "\", \"" + otherMission + "\", \"" + two + "\"], \"assignee\": \"intake\","
                        + " \"reason\": \"" + reason + "\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(results(Api.json(response)))
                .containsExactly(
                        Map.entry(one, "DONE"), Map.entry(otherMission, "ASSIGNEE_MAY_NOT"), Map.entry(two, "DONE"));
        assertThat(assignee("manager", one)).isEqualTo("intake");
        assertThat(assignee("manager", otherMission))
                .as("intake does not see UNMISS cases")
                .isNull();
        assertThat(jdbc.queryForList(
                        "SELECT target FROM audit_event WHERE action = 'TASK_REASSIGNED' AND reason = ?",
                        String.class,
                        reason))
                .containsExactlyInAnyOrder(one, two);
    }

    @Test
    void a_bulk_reassignment_is_refused_whole_without_a_manager_a_reason_or_tasks() {
        String one = assessment(minuscaOne);

        HttpResponse<String> notManager = api.send(
                "intake",
                "POST",
                "/api/tasks/bulk/assign",
                "{\"taskIds\": [\"" + one + "\"], \"assignee\": \"intake\", \"reason\": \"Mine now\"}");
        HttpResponse<String> noReason = api.send(
                "manager",
                "POST",
                "/api/tasks/bulk/assign",
                "{\"taskIds\": [\"" + one + "\"], \"assignee\": \"intake\"}");
        HttpResponse<String> noTasks = api.send(
                "manager",
                "POST",
                "/api/tasks/bulk/assign",
                "{\"taskIds\": [], \"assignee\": \"intake\", \"reason\": \"Cover\"}");

        assertThat(notManager.statusCode()).as(notManager.body()).isEqualTo(403);
        TaskApi.assertRefused(noReason, "reason", "is required");
        TaskApi.assertRefused(noTasks, "taskIds", "is required");
        assertThat(assignee("manager", one)).as("nothing changed").isNull();
    }

    private String assessment(String reference) {
        String user = reference.equals(unmiss) ? "intake-unmiss" : "intake";
        return tasks.find(user, "MY_GROUPS", reference, ASSESS)
                .orElseThrow(() -> new AssertionError("No assessment in " + reference))
                .get("id")
                .asText();
    }

    private String assignee(String user, String taskId) {
        HttpResponse<String> task = api.get(user, "/api/tasks/" + taskId);
        assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
        JsonNode assignee = Api.json(task).get("task").get("assignee");
        return assignee == null || assignee.isNull() ? null : assignee.asText();
    }

    private static Map<String, String> results(JsonNode body) {
        Map<String, String> results = new LinkedHashMap<>();
        StreamSupport.stream(body.get("tasks").spliterator(), false)
                .forEach(task -> results.put(
                        task.get("taskId").asText(), task.get("result").asText()));
        return results;
    }

    private static String reference(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created).get("reference").asText();
    }
}
