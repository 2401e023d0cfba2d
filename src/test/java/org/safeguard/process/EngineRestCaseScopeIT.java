package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Task and process-instance queries through {@code /engine-rest} answer within the same case
 * scopes as the case API: intake officers and advocates see their entity's cases, investigators
 * their team's, and a change of team or an exclusion changes what they see at once. Besides the
 * case's own {@code sea-case} instance, a probe model of its own ({@code scope-probe}) offers one
 * task to each case-scoped group and calls a child model with an investigator task, under the
 * case's reference as business key, and calls it again once the investigator task is done.
 */
@SafeguardIntegrationTest
class EngineRestCaseScopeIT {

    private static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         targetNamespace="http://safeguard.org/test">
              <process id="scope-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="start_probe"/>
                <sequenceFlow id="flow_to_fork" sourceRef="start_probe" targetRef="fork_groups"/>
                <parallelGateway id="fork_groups"/>
                <sequenceFlow id="flow_to_intake" sourceRef="fork_groups" targetRef="user_probe_intake"/>
                <sequenceFlow id="flow_to_investigator" sourceRef="fork_groups" targetRef="user_probe_investigator"/>
                <sequenceFlow id="flow_to_vra" sourceRef="fork_groups" targetRef="user_probe_vra"/>
                <sequenceFlow id="flow_to_child" sourceRef="fork_groups" targetRef="call_probe_child"/>
                <userTask id="user_probe_intake" camunda:candidateGroups="intake"/>
                <userTask id="user_probe_investigator" camunda:candidateGroups="investigator"/>
                <userTask id="user_probe_vra" camunda:candidateGroups="vra"/>
                <sequenceFlow id="flow_to_second_child" sourceRef="user_probe_investigator" targetRef="call_probe_child_again"/>
                <callActivity id="call_probe_child_again" calledElement="scope-probe-child">
                  <extensionElements>
                    <camunda:in businessKey="#{execution.processBusinessKey}"/>
                  </extensionElements>
                </callActivity>
                <callActivity id="call_probe_child" calledElement="scope-probe-child">
                  <extensionElements>
                    <camunda:in businessKey="#{execution.processBusinessKey}"/>
                  </extensionElements>
                </callActivity>
              </process>
              <process id="scope-probe-child" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="start_child"/>
                <sequenceFlow id="flow_to_child_task" sourceRef="start_child" targetRef="user_probe_child"/>
                <userTask id="user_probe_child" camunda:candidateGroups="investigator"/>
                <sequenceFlow id="flow_to_child_end" sourceRef="user_probe_child" targetRef="end_child"/>
                <endEvent id="end_child"/>
              </process>
            </definitions>
            """;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    TaskService taskService;

    @Autowired
    CaseGrants caseGrants;

    @Autowired
    Accounts accounts;

    @Autowired
    EngineAuthorizations engineAuthorizations;

    private Api api;
    private String reference;

    @BeforeEach
    void record_a_minusca_case_with_investigator_on_its_team_and_start_the_probe() {
        api = new Api(port);
        repository.createDeployment().addString("scope-probe.bpmn", PROBE).deploy();
        HttpResponse<String> recorded = api.postCase("intake", AllegationJson.EXAMPLE);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        reference = Api.json(recorded).get("reference").asText();
        assertThat(api.send("intake", "PUT", team("investigator"), null).statusCode())
                .isEqualTo(204);
        runtime.startProcessInstanceByKey("scope-probe", reference);
    }

    @AfterEach
    void remove_the_probe() {
        repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("scope-probe")
                .list()
                .forEach(definition -> repository.deleteDeployment(definition.getDeploymentId(), true));
    }

    @Test
    void an_investigator_sees_a_cases_tasks_and_instances_only_while_on_its_team() {
        assertThat(tasks("investigator")).containsExactlyInAnyOrder("user_probe_investigator", "user_probe_child");
        assertThat(tasks("investigator2")).isEmpty();
        assertThat(instances("investigator2")).isEmpty();

        assertThat(api.send("intake", "PUT", team("investigator2"), null).statusCode())
                .isEqualTo(204);

        assertThat(tasks("investigator2")).containsExactlyInAnyOrder("user_probe_investigator", "user_probe_child");
        assertThat(instances("investigator2"))
                .containsExactlyInAnyOrder("sea-case", "scope-probe", "scope-probe-child");

        assertThat(api.send("manager", "DELETE", team("investigator2"), null).statusCode())
                .isEqualTo(204);

        assertThat(tasks("investigator2")).isEmpty();
        assertThat(instances("investigator2")).isEmpty();
        assertThat(tasks("investigator")).hasSize(2);
    }

    @Test
    void intake_officers_and_advocates_see_the_tasks_and_instances_of_their_own_entitys_cases_only() {
        assertThat(tasks("intake")).containsExactlyInAnyOrder("user_assess_allegation", "user_probe_intake");
        assertThat(tasks("vra")).containsExactly("user_probe_vra");
        assertThat(instances("intake")).containsExactlyInAnyOrder("sea-case", "scope-probe", "scope-probe-child");

        assertThat(tasks("intake-unmiss")).isEmpty();
        assertThat(instances("intake-unmiss")).isEmpty();
    }

    @Test
    void a_user_a_manager_excludes_loses_the_cases_tasks_and_instances_at_once() {
        String exclusion = """
                {"username":"investigator","reason":"Served in the same contingent as the subject"}""";
        assertThat(api.send("manager", "POST", "/api/cases/" + reference + "/exclusions", exclusion)
                        .statusCode())
                .isEqualTo(204);

        assertThat(tasks("investigator")).isEmpty();
        assertThat(instances("investigator")).isEmpty();
    }

    @Test
    void work_done_on_a_task_outside_the_engine_api_is_granted_to_the_team_as_it_follows() {
        String taskId = taskId("investigator", "user_probe_investigator");

        // Case work never goes through the engine API (EngineApiCaseWorkIT), not even for the team.
        assertThat(api.post(
                                "investigator",
                                "/engine-rest/task/" + taskId + "/claim",
                                "application/json",
                                "{\"userId\":\"investigator\"}",
                                null)
                        .statusCode())
                .isEqualTo(403);
        taskService.complete(taskId);

        // Completing it started a second child instance, granted like the first.
        assertThat(tasks("investigator")).containsExactly("user_probe_child", "user_probe_child");
        assertThat(instances("investigator")).hasSize(4);
        assertThat(instances("investigator2")).isEmpty();
    }

    @Test
    void a_task_assigned_to_someone_outside_the_case_stays_hidden_from_them() {
        String taskId = taskId("intake", "user_probe_intake");

        taskService.setAssignee(taskId, "intake-unmiss");

        assertThat(tasks("intake-unmiss")).isEmpty();
        assertThat(tasks("intake")).contains("user_probe_intake");
    }

    @Test
    void managers_and_administrators_see_every_cases_tasks_of_their_groups_and_instances() {
        assertThat(instances("manager")).containsExactlyInAnyOrder("sea-case", "scope-probe", "scope-probe-child");
        assertThat(instances("admin")).containsExactlyInAnyOrder("sea-case", "scope-probe", "scope-probe-child");
        assertThat(tasks("admin")).hasSize(5);
    }

    @Test
    void a_manager_a_colleague_excludes_loses_the_cases_instances_and_tasks_in_the_engine_api_at_once() {
        String conflicted = "manager-" + reference.substring(reference.length() - 6);
        accounts.create(new Account(conflicted, "Conflicted Manager", "NO", Set.of(Role.MANAGER)), "demo");
        caseGrants.sync(reference);
        assertThat(instances(conflicted)).containsExactlyInAnyOrder("sea-case", "scope-probe", "scope-probe-child");

        String exclusion =
                "{\"username\":\"" + conflicted + "\",\"reason\":\"Served in the same contingent as the subject\"}";
        assertThat(api.send("manager", "POST", "/api/cases/" + reference + "/exclusions", exclusion)
                        .statusCode())
                .isEqualTo(204);

        assertThat(instances(conflicted)).isEmpty();
        assertThat(tasks(conflicted)).isEmpty();
        assertThat(api.get(conflicted, "/api/cases/" + reference).statusCode()).isEqualTo(404);
        assertThat(instances("manager")).hasSize(3);
    }

    @Test
    void bringing_the_grants_in_line_again_changes_nothing() {
        long before = authorizations.createAuthorizationQuery().count();

        caseGrants.sync(reference);
        caseGrants.sync(reference);

        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
        assertThat(tasks("investigator")).hasSize(2);
    }

    @Test
    void a_database_from_before_case_scopes_is_moved_over_to_them_at_the_next_start() {
        // As the earlier version left it: every instance and each investigator task to all investigators.
        groupGrant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskCandidateGroup("investigator")
                .list()
                .forEach(task -> groupGrant(Resources.TASK, task.getId(), Permissions.READ, Permissions.UPDATE));
        assertThat(tasks("investigator2")).hasSize(2);

        engineAuthorizations.grantAll();

        assertThat(tasks("investigator2")).isEmpty();
        assertThat(instances("investigator2")).isEmpty();
        assertThat(tasks("investigator")).hasSize(2);
        assertThat(instances("investigator")).hasSize(3);
    }

    private void groupGrant(Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("investigator");
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    /** The task definition keys of the case's tasks the user sees; the count endpoint must agree. */
    private List<String> tasks(String user) {
        String query = "?processInstanceBusinessKey=" + reference;
        List<String> keys = keys(api.get(user, "/engine-rest/task" + query), "taskDefinitionKey");
        assertThat(count(api.get(user, "/engine-rest/task/count" + query))).isEqualTo(keys.size());
        return keys;
    }

    /** The definition keys of the case's process instances the user sees; the count must agree. */
    private List<String> instances(String user) {
        String query = "?businessKey=" + reference;
        JsonNode rows = ok(api.get(user, "/engine-rest/process-instance" + query));
        List<String> keys = new ArrayList<>();
        rows.forEach(row -> keys.add(row.get("definitionId").asText().split(":")[0]));
        assertThat(count(api.get(user, "/engine-rest/process-instance/count" + query)))
                .isEqualTo(keys.size());
        return keys;
    }

    private String taskId(String user, String taskDefinitionKey) {
        JsonNode rows = ok(api.get(
                user,
                "/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey="
                        + taskDefinitionKey));
        assertThat(rows).hasSize(1);
        return rows.get(0).get("id").asText();
    }

    private static List<String> keys(HttpResponse<String> response, String field) {
        List<String> keys = new ArrayList<>();
        ok(response).forEach(row -> keys.add(row.get(field).asText()));
        return keys;
    }

    private static long count(HttpResponse<String> response) {
        return ok(response).get("count").asLong();
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private String team(String username) {
        return "/api/cases/" + reference + "/team/" + username;
    }
}
