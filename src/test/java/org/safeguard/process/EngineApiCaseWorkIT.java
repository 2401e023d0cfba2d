package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case work through the engine's REST API, tried by every demo user on a real case's open task
 * ("Assess allegation") and its process instance: none of it goes through, whatever the role, and
 * the case is as it was. The same work is done through Safeguard's task API.
 */
@SafeguardIntegrationTest
class EngineApiCaseWorkIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private String reference;
    private Task task;

    @BeforeEach
    void record_a_case_waiting_for_its_assessment() {
        api = new Api(port);
        HttpResponse<String> recorded = api.postCase("intake", AllegationJson.EXAMPLE);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        reference = Api.json(recorded).get("reference").asText();
        task = tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(SeaCaseProcess.Element.user_assess_allegation.id())
                .singleResult();
    }

    @ParameterizedTest(
            name = "{0}: complete {1}, submit form {2}, resolve {3}, task variable {4}, assignee {5}, "
                    + "claim {6}, delegate {7}, instance variable {8}, message {9}, delete instance {10}")
    @CsvSource(delimiter = '|', textBlock = """
            # user       | complete | submit | resolve | task var | assignee | claim | delegate | inst var | message | delete
              anonymous    | 401      | 401    | 401     | 401      | 401      | 401   | 401      | 401      | 401     | 401
              intake       | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
              investigator | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
              vra          | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
              manager      | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
              owner        | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
              admin        | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
              auditor      | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
              focal-ca     | 403      | 403    | 403     | 403      | 403      | 403   | 403      | 403      | 403     | 403
            """)
    void no_role_moves_a_case_through_the_engine_api(
            String user,
            int complete,
            int submit,
            int resolve,
            int taskVariable,
            int assignee,
            int claim,
            int delegate,
            int instanceVariable,
            int message,
            int delete) {
        String caller = user.equals("anonymous") ? null : user;
        String onTask = "/engine-rest/task/" + task.getId();
        String onInstance = "/engine-rest/process-instance/" + task.getProcessInstanceId();
        String finding = "{\"value\":\"SUBSTANTIATED\",\"type\":\"String\"}";

        assertThat(new int[] {
                    post(caller, onTask + "/complete", "{\"variables\":{}}"),
                    post(caller, onTask + "/submit-form", "{\"variables\":{}}"),
                    post(caller, onTask + "/resolve", "{\"variables\":{}}"),
                    api.send(caller, "PUT", onTask + "/variables/finding", finding)
                            .statusCode(),
                    post(caller, onTask + "/assignee", "{\"userId\":\"" + (caller == null ? "intake" : caller) + "\"}"),
                    post(caller, onTask + "/claim", "{\"userId\":\"" + (caller == null ? "intake" : caller) + "\"}"),
                    post(caller, onTask + "/delegate", "{\"userId\":\"intake\"}"),
                    api.send(caller, "PUT", onInstance + "/variables/finding", finding)
                            .statusCode(),
                    post(
                            caller,
                            "/engine-rest/message",
                            "{\"messageName\":\"" + VictimAssistanceProcess.MESSAGE_CONSENT_WITHDRAWN
                                    + "\",\"businessKey\":\"" + reference + "\",\"all\":true}"),
                    api.send(caller, "DELETE", onInstance, null).statusCode()
                })
                .as(user)
                .containsExactly(
                        complete,
                        submit,
                        resolve,
                        taskVariable,
                        assignee,
                        claim,
                        delegate,
                        instanceVariable,
                        message,
                        delete);

        the_case_is_as_it_was();
    }

    @Test
    void the_refusal_is_a_problem_that_points_to_safeguards_task_api() {
        HttpResponse<String> refused = api.post(
                "admin",
                "/engine-rest/task/" + task.getId() + "/complete",
                "application/json",
                "{\"variables\":{}}",
                null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(refused).get("taskApi").asText()).isEqualTo("/api/tasks");
        assertThat(Api.json(refused).get("detail").asText()).contains("CompleteTaskCmd");
    }

    @Test
    void a_completion_that_reaches_the_engine_without_safeguards_task_services_is_refused_there() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task.getId()))
                .hasRootCauseInstanceOf(CaseWorkOutsideSafeguard.class);

        the_case_is_as_it_was();
    }

    @Test
    void reading_the_case_through_the_engine_api_stays_open() {
        assertThat(api.get("intake", "/engine-rest/task/" + task.getId()).statusCode())
                .isEqualTo(200);
        assertThat(api.get("admin", "/engine-rest/process-instance/" + task.getProcessInstanceId())
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.get("admin", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference)
                        .statusCode())
                .isEqualTo(200);
    }

    private int post(String caller, String path, String body) {
        return api.post(caller, path, "application/json", body, null).statusCode();
    }

    private void the_case_is_as_it_was() {
        Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the task is still open").isNotNull();
        assertThat(now.getAssignee()).isNull();
        assertThat(now.getDelegationState()).isNull();
        assertThat(runtime.getVariable(task.getProcessInstanceId(), "finding")).isNull();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .count())
                .as("the case's process is still running")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE case_reference = ? AND action = 'TASK_COMPLETED'",
                        Integer.class,
                        reference))
                .isZero();
    }
}
