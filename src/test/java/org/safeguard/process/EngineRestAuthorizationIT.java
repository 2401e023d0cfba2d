package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what through {@code /engine-rest}, against a probe model of its own ({@code authz-probe}:
 * one user task for investigators) so the real models are never touched. The probe runs under a
 * MINUSCA case whose team is {@code investigator} alone, so {@code investigator2}, an investigator
 * too, does not see its task (case scopes: {@code EngineRestCaseScopeIT}). A query the engine
 * filters answers 200 either way; the cell says whether the probe's row was in it. The engine's
 * history is the operators' (administrators'); the others read a case's history in its case file.
 */
@SafeguardIntegrationTest
class EngineRestAuthorizationIT {

    private static final String PROBE_KEY = "authz-probe";
    private static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         targetNamespace="http://safeguard.org/test">
              <process id="authz-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="start_probe"/>
                <sequenceFlow id="flow_to_task" sourceRef="start_probe" targetRef="user_probe"/>
                <userTask id="user_probe" camunda:candidateGroups="investigator"/>
                <sequenceFlow id="flow_to_end" sourceRef="user_probe" targetRef="end_probe"/>
                <endEvent id="end_probe"/>
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
    TaskService tasks;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    EngineAuthorizations engineAuthorizations;

    private Api api;

    @BeforeEach
    void deploy_the_probe_and_start_one_instance_under_a_case_of_investigators_team() {
        api = new Api(port);
        repository.createDeployment().addString("authz-probe.bpmn", PROBE).deploy();
        HttpResponse<String> recorded = api.postCase("intake", AllegationJson.EXAMPLE);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String reference = Api.json(recorded).get("reference").asText();
        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator", null)
                        .statusCode())
                .isEqualTo(204);
        runtime.startProcessInstanceByKey(PROBE_KEY, reference);
    }

    @AfterEach
    void remove_every_probe_deployment() {
        repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(PROBE_KEY)
                .list()
                .forEach(definition -> repository.deleteDeployment(definition.getDeploymentId(), true));
    }

    @ParameterizedTest(name = "{0}: definitions {1}, tasks {2}, deploy {3}, history {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # user        | process definitions | tasks | deploy | process history
              anonymous     | 401                 | 401   | 401    | 401
              intake        | sees                | blind | 403    | blind
              investigator  | sees                | sees  | 403    | blind
              investigator2 | sees                | blind | 403    | blind
              vra           | sees                | blind | 403    | blind
              manager       | sees                | blind | 403    | blind
              owner         | sees                | blind | 200    | blind
              auditor       | 403                 | 403   | 403    | 403
              admin         | sees                | sees  | 200    | sees
              focal-ca      | 403                 | 403   | 403    | 403
              focal-uy      | 403                 | 403   | 403    | 403
            """)
    void each_role_gets_exactly_its_share_of_the_engine_api(
            String user, String definitions, String tasks, String deploy, String history) {
        String caller = user.equals("anonymous") ? null : user;

        List<String> actual = List.of(
                seen(api.get(caller, "/engine-rest/process-definition?key=" + PROBE_KEY)),
                seen(api.get(caller, "/engine-rest/task?processDefinitionKey=" + PROBE_KEY)),
                status(api.postFile(caller, "/engine-rest/deployment/create", "authz-probe.bpmn", PROBE)),
                seen(api.get(caller, "/engine-rest/history/process-instance?processDefinitionKey=" + PROBE_KEY)));

        assertThat(actual)
                .as("%s: definitions, tasks, deploy, history", user)
                .containsExactly(definitions, tasks, deploy, history);
    }

    @Test
    void not_even_the_investigator_who_sees_the_task_claims_or_completes_it_through_the_engine_api() {
        String taskId = tasks.createTaskQuery()
                .processDefinitionKey(PROBE_KEY)
                .singleResult()
                .getId();
        String claim = "/engine-rest/task/" + taskId + "/claim";

        assertThat(api.post("intake", claim, "application/json", "{\"userId\":\"intake\"}", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post("investigator", claim, "application/json", "{\"userId\":\"investigator\"}", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post("investigator", "/engine-rest/task/" + taskId + "/complete", "application/json", "{}", null)
                        .statusCode())
                .isEqualTo(403);

        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey(PROBE_KEY)
                        .taskUnassigned()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void granting_again_at_the_next_start_adds_nothing() {
        long before = authorizationService.createAuthorizationQuery().count();

        engineAuthorizations.grantAll();

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
    }

    /** {@code sees} or {@code blind} for a 200 list with or without the probe's rows, else the status. */
    private static String seen(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return status(response);
        }
        return Api.json(response).isEmpty() ? "blind" : "sees";
    }

    private static String status(HttpResponse<String> response) {
        return String.valueOf(response.statusCode());
    }
}
