package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.TaskApi.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.TaskApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the task API refuses, and that a refusal changes nothing: the task stays open and no audit
 * entry is written. Each test works on a MINUSCA case of its own.
 */
@SafeguardIntegrationTest
class TaskApiRefusalsIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    TaskApi tasks;
    DueJobs dueJobs;
    String reference;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tasks = new TaskApi(api);
        dueJobs = new DueJobs(runtime, management);
        reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();
        dueJobs.runFor(reference);
    }

    @Test
    void an_assessment_without_a_reason_for_no_breach_is_refused_naming_the_field_and_changes_nothing() {
        String id = tasks.claim("intake", reference, "user_assess_allegation");

        HttpResponse<String> refused = tasks.complete(
                "intake", id, "{\"assessments\":[{\"subjectGroupId\":" + groupId() + ",\"breachesStandards\":false}]}");

        assertRefused(refused, "assessments[0].reason", "is required when the acts would not breach the standards");
        assertStillOpen("intake", id);
    }

    @Test
    void needs_named_twice_are_refused_and_change_nothing() {
        tasks.claimAndComplete(
                "vra", reference, "user_record_consent", "{\"given\":true,\"givenBy\":\"PARENT_OR_GUARDIAN\"}");
        dueJobs.runFor(reference);
        String id = tasks.claim("vra", reference, "user_assess_needs");

        HttpResponse<String> refused = tasks.complete("vra", id, "{\"needs\":[\"MEDICAL\",\"MEDICAL\"]}");

        assertRefused(refused, "needs", "each need at most once");
        assertStillOpen("vra", id);
    }

    @Test
    void a_referral_without_a_provider_code_is_refused_and_changes_nothing() {
        tasks.claimAndComplete(
                "vra", reference, "user_record_consent", "{\"given\":true,\"givenBy\":\"PARENT_OR_GUARDIAN\"}");
        dueJobs.runFor(reference);
        tasks.claimAndComplete("vra", reference, "user_assess_needs", "{\"needs\":[\"MEDICAL\"]}");
        dueJobs.runFor(reference);
        String id = tasks.claim("vra", reference, "user_refer_to_provider");

        HttpResponse<String> refused =
                tasks.complete("vra", id, "{\"providerCode\":\" \",\"providerName\":\"Clinic\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Api.json(refused).get("errors").findValuesAsText("field")).contains("providerCode");
        assertStillOpen("vra", id);
    }

    @Test
    void a_body_of_another_kind_is_refused_naming_the_field_the_kind_does_not_take() {
        String id = tasks.claim("intake", reference, "user_assess_allegation");

        assertRefused(
                tasks.complete("intake", id, "{\"summary\":\"Plan\"}"), "summary", "is not a field of this request");
        assertRefused(
                tasks.complete("intake", id, "{\"assessments\":\"all fine\"}"), "assessments", "has the wrong type");
        assertRefused(
                tasks.complete("intake", id, "[]"), "body", "must be a JSON object of the fields this request takes");
        assertRefused(tasks.complete("intake", id, "{\"assessments\":["), "body", "malformed JSON");
        assertStillOpen("intake", id);
    }

    @Test
    void a_yes_or_no_left_out_is_refused_rather_than_taken_as_no() {
        String id = tasks.claim("vra", reference, "user_record_consent");

        assertRefused(tasks.complete("vra", id, "{\"givenBy\":\"PARENT_OR_GUARDIAN\"}"), "given", "is required");
        assertStillOpen("vra", id);
    }

    @Test
    void a_task_completed_already_answers_409_to_whoever_sees_its_case_and_404_to_others() {
        String id = tasks.claimAndComplete(
                "vra", reference, "user_record_consent", "{\"given\":true,\"givenBy\":\"PARENT_OR_GUARDIAN\"}");

        HttpResponse<String> again = tasks.complete("vra", id, "{\"given\":true,\"givenBy\":\"PARENT_OR_GUARDIAN\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(Api.json(again).get("reason").asText()).isEqualTo("TASK_CLOSED");
        assertThat(api.send("vra", "POST", "/api/tasks/" + id + "/claim", null).statusCode())
                .isEqualTo(409);
        assertThat(tasks.complete("intake-unmiss", id, "{\"given\":true,\"givenBy\":\"PARENT_OR_GUARDIAN\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(completions(id)).isOne();
    }

    @Test
    void a_task_of_a_case_outside_the_callers_scope_is_not_found_like_an_unknown_id() {
        String id = tasks.claim("intake", reference, "user_assess_allegation");
        String body = "{\"assessments\":[{\"subjectGroupId\":" + groupId() + ",\"breachesStandards\":true}]}";

        assertThat(tasks.complete("intake-unmiss", id, body).statusCode()).isEqualTo(404);
        assertThat(api.get("intake-unmiss", "/api/tasks/" + id).statusCode()).isEqualTo(404);
        assertThat(api.send("intake-unmiss", "POST", "/api/tasks/" + id + "/unclaim", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(tasks.find("intake-unmiss", "MINE", reference, "user_assess_allegation"))
                .isEmpty();
        assertThat(tasks.complete("intake", "no-such-task", body).statusCode()).isEqualTo(404);
        assertThat(api.get("intake", "/api/tasks/no-such-task").statusCode()).isEqualTo(404);
        assertStillOpen("intake", id);
    }

    @Test
    void only_the_assignee_completes_a_task_so_an_unclaimed_one_must_be_claimed_first() {
        String id = tasks.find("intake", "MY_GROUPS", reference, "user_assess_allegation")
                .orElseThrow()
                .get("id")
                .asText();
        String body = "{\"assessments\":[{\"subjectGroupId\":" + groupId() + ",\"breachesStandards\":true}]}";

        HttpResponse<String> unclaimed = tasks.complete("intake", id, body);

        assertThat(unclaimed.statusCode()).as(unclaimed.body()).isEqualTo(409);
        assertThat(Api.json(unclaimed).get("reason").asText()).isEqualTo("NOT_CLAIMED");
        assertThat(completions(id)).isZero();
    }

    @Test
    void claiming_giving_back_and_reassigning_follow_the_task_lists_rules() {
        String id = tasks.find("intake", "MY_GROUPS", reference, "user_assess_allegation")
                .orElseThrow()
                .get("id")
                .asText();
        String claim = "/api/tasks/" + id + "/claim";
        String unclaim = "/api/tasks/" + id + "/unclaim";
        String reassign = "/api/tasks/" + id + "/assignee";

        assertThat(api.send("vra", "POST", claim, null).statusCode())
                .as("not offered to the advocates")
                .isEqualTo(403);
        assertThat(api.send("intake", "POST", claim, null).statusCode()).isEqualTo(204);
        HttpResponse<String> twice = api.send("intake", "POST", claim, null);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(Api.json(twice).get("errors").get(0).get("field").asText()).isEqualTo("task");
        assertThat(api.send("vra", "POST", unclaim, null).statusCode())
                .as("not the advocate's task")
                .isEqualTo(403);
        assertThat(api.send("vra", "POST", reassign, "{\"assignee\":\"intake\"}")
                        .statusCode())
                .as("only managers and the task's assignee give it to someone")
                .isEqualTo(403);
        assertRefused(
                api.send("intake", "POST", reassign, "{\"assignee\":\"manager\"}"),
                "assignee",
                "may not do this task or does not see its case");
        assertRefused(
                api.send("manager", "POST", reassign, "{\"assignee\":\"investigator2\"}"),
                "assignee",
                "may not do this task or does not see its case");
        assertThat(api.send("manager", "POST", unclaim, null).statusCode()).isEqualTo(204);
        assertThat(api.send("manager", "POST", reassign, "{\"assignee\":\"intake\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(tasks.find("intake", "MINE", reference, "user_assess_allegation"))
                .isPresent();
        assertThat(api.send("intake", "POST", unclaim, null).statusCode()).isEqualTo(204);
        assertThat(tasks.find("intake", "MY_GROUPS", reference, "user_assess_allegation"))
                .isPresent();
    }

    @Test
    void anonymous_callers_are_asked_to_sign_in() {
        assertThat(api.get(null, "/api/tasks").statusCode()).isEqualTo(401);
        assertThat(api.send(null, "POST", "/api/tasks/any/complete", "{}").statusCode())
                .isEqualTo(401);
        assertThat(api.send(null, "POST", "/api/tasks/any/claim", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void all_tasks_are_for_managers_and_paging_is_checked() {
        assertThat(api.get("intake", "/api/tasks?queue=ALL").statusCode()).isEqualTo(403);
        assertRefused(api.get("manager", "/api/tasks?queue=ALL&limit=0"), "limit", "must be between 1 and 200");
        assertThat(api.get("intake", "/api/tasks?queue=EVERYTHING").statusCode())
                .isEqualTo(400);
        JsonNode page = Api.json(api.get("manager", "/api/tasks?queue=ALL&limit=1"));
        assertThat(page.get("items")).hasSize(1);
        String first = page.get("items").get(0).get("id").asText();
        JsonNode next = Api.json(api.get("manager", "/api/tasks?queue=ALL&limit=1&after=" + first));
        assertThat(next.get("items").get(0).get("id").asText()).isNotEqualTo(first);
    }

    private void assertStillOpen(String user, String id) {
        assertThat(api.get(user, "/api/tasks/" + id).statusCode()).isEqualTo(200);
        assertThat(completions(id)).isZero();
    }

    private long completions(String taskId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'TASK_COMPLETED' AND target = ?", Long.class, taskId);
    }

    private long groupId() {
        return Api.json(api.get("intake", "/api/cases/" + reference))
                .get("subjectGroups")
                .get(0)
                .get("id")
                .asLong();
    }
}
