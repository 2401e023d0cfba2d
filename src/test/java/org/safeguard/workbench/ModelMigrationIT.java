package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Running instances waiting at a user task, a timer and a message move to a new version through
 * {@code /api/models/{key}/migrations}, on a probe process of the test's own (the shipped models'
 * instances need whole cases): previewed, migrated selectively, the new timer applied when chosen,
 * and instances waiting where the new version has no counterpart left behind with the reason.
 */
@SafeguardIntegrationTest
class ModelMigrationIT {

    private static final String KEY = "migration-probe";
    private static final String PATH = "/api/models/" + KEY + "/migrations";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    int v1;

    @BeforeEach
    void deployTheFirstVersion() {
        v1 = deploy("P10D", "user_wait");
    }

    @AfterEach
    void removeTheProbe() {
        repository.createDeploymentQuery().list().stream()
                .filter(d -> d.getName() != null && d.getName().startsWith(KEY))
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void chosen_instances_move_with_the_new_timer_and_still_take_their_message() {
        List<String> instances = List.of(start("SEA-2026-900001"), start("SEA-2026-900002"), start("SEA-2026-900003"));
        int v2 = deploy("P3D", "user_wait");

        JsonNode preview = Api.json(api().get("owner", PATH + "/preview?from=" + v1 + "&to=" + v2));
        assertThat(preview.get("mappings").findValuesAsText("from")).contains("user_wait", "timer_wait", "message_wait");
        assertThat(preview.get("unmappedActivities")).isEmpty();
        assertThat(preview.get("instances").findValuesAsText("processInstanceId")).containsExactlyInAnyOrderElementsOf(instances);
        assertThat(preview.get("instances").findValues("moves")).allMatch(JsonNode::asBoolean);
        assertThat(preview.get("instances").get(0).get("waitingAt").toString())
                .contains("user_wait", "timer_wait", "message_wait");

        HttpResponse<String> migrated = migrate(v1, v2, List.of(instances.get(0), instances.get(1)), true);

        assertThat(migrated.statusCode()).as(migrated.body()).isEqualTo(200);
        assertThat(Api.json(migrated).get("migrated").toString()).contains(instances.get(0), instances.get(1))
                .doesNotContain(instances.get(2));
        assertThat(Api.json(migrated).get("leftBehind")).isEmpty();
        assertThat(versionOf(instances.get(0))).isEqualTo(v2);
        assertThat(versionOf(instances.get(1))).isEqualTo(v2);
        assertThat(versionOf(instances.get(2))).as("not chosen").isEqualTo(v1);
        assertThat(timerDue(instances.get(0))).isBefore(Instant.now().plus(Duration.ofDays(4)));
        assertThat(timerDue(instances.get(2))).isAfter(Instant.now().plus(Duration.ofDays(9)));
        runtime.createMessageCorrelation("ProbeMessage").processInstanceId(instances.get(0)).correlate();
        assertThat(runtime.getActiveActivityIds(instances.get(0))).doesNotContain("message_wait").contains("user_wait");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'MODEL_INSTANCES_MIGRATED'"
                + " AND target = ? AND actor = 'owner' AND reason = 'Shorter wait' AND detail = ?", Integer.class, KEY,
                "v" + v1 + "->v" + v2 + " migrated=2 left=0 timers=new")).isOne();
    }

    @Test
    void without_new_timers_the_migrated_instances_keep_their_deadline() {
        String instance = start("SEA-2026-900004");
        Instant due = timerDue(instance);
        int v2 = deploy("P3D", "user_wait");

        assertThat(migrate(v1, v2, List.of(), false).statusCode()).isEqualTo(200);

        assertThat(versionOf(instance)).isEqualTo(v2);
        assertThat(timerDue(instance)).isEqualTo(due);
    }

    @Test
    void an_instance_waiting_where_the_new_version_has_no_counterpart_stays_and_says_why() {
        String instance = start("SEA-2026-900005");
        int v2 = deploy("P10D", "user_review");

        JsonNode preview = Api.json(api().get("owner", PATH + "/preview?from=" + v1 + "&to=" + v2));
        assertThat(preview.get("unmappedActivities").toString()).contains("user_wait");
        JsonNode move = preview.get("instances").get(0);
        assertThat(move.get("moves").asBoolean()).isFalse();
        assertThat(move.get("reason").asText()).contains("user_wait").contains("version " + v2);

        JsonNode result = Api.json(migrate(v1, v2, List.of(), true));
        assertThat(result.get("migrated")).isEmpty();
        assertThat(result.get("leftBehind").get(0).get("processInstanceId").asText()).isEqualTo(instance);
        assertThat(versionOf(instance)).isEqualTo(v1);
    }

    @Test
    void bad_requests_and_other_roles_change_nothing() {
        String instance = start("SEA-2026-900006");
        int v2 = deploy("P3D", "user_wait");

        assertThat(api().send("owner", "POST", PATH, "{\"from\":" + v1 + ",\"to\":" + v2
                + ",\"processInstanceIds\":[\"no-such-instance\"],\"reason\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(api().send("owner", "POST", PATH, "{\"from\":" + v1 + ",\"to\":" + v2 + "}").statusCode())
                .as("a reason is required").isEqualTo(400);
        assertThat(api().get("owner", PATH + "/preview?from=" + v1 + "&to=99").statusCode()).isEqualTo(404);
        assertThat(api().get("manager", PATH + "/preview?from=" + v1 + "&to=" + v2).statusCode()).isEqualTo(403);
        assertThat(api().send("investigator", "POST", PATH, "{\"from\":" + v1 + ",\"to\":" + v2
                + ",\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(versionOf(instance)).isEqualTo(v1);
    }

    private HttpResponse<String> migrate(int from, int to, List<String> ids, boolean updateTimers) {
        String list = ids.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return api().send("owner", "POST", PATH, "{\"from\":" + from + ",\"to\":" + to + ",\"processInstanceIds\":["
                + list + "],\"updateTimers\":" + updateTimers + ",\"reason\":\"Shorter wait\"}");
    }

    private String start(String reference) {
        return runtime.startProcessInstanceByKey(KEY, reference).getId();
    }

    private int versionOf(String instance) {
        String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definition).getVersion();
    }

    private Instant timerDue(String instance) {
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        return timer.getDuedate().toInstant();
    }

    private int deploy(String wait, String userTask) {
        Deployment deployment = repository.createDeployment().name(KEY + " " + wait + " " + userTask)
                .addString(KEY + ".bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                     targetNamespace="http://safeguard.org/test">
                          <message id="probe_message" name="ProbeMessage"/>
                          <process id="migration-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                            <startEvent id="start"/>
                            <sequenceFlow id="f0" sourceRef="start" targetRef="fork"/>
                            <parallelGateway id="fork"/>
                            <sequenceFlow id="f1" sourceRef="fork" targetRef="%2$s"/>
                            <sequenceFlow id="f2" sourceRef="fork" targetRef="timer_wait"/>
                            <sequenceFlow id="f3" sourceRef="fork" targetRef="message_wait"/>
                            <userTask id="%2$s" camunda:candidateGroups="manager"/>
                            <intermediateCatchEvent id="timer_wait">
                              <timerEventDefinition><timeDuration>%1$s</timeDuration></timerEventDefinition>
                            </intermediateCatchEvent>
                            <intermediateCatchEvent id="message_wait">
                              <messageEventDefinition messageRef="probe_message"/>
                            </intermediateCatchEvent>
                            <sequenceFlow id="f4" sourceRef="%2$s" targetRef="join"/>
                            <sequenceFlow id="f5" sourceRef="timer_wait" targetRef="join"/>
                            <sequenceFlow id="f6" sourceRef="message_wait" targetRef="join"/>
                            <parallelGateway id="join"/>
                            <sequenceFlow id="f7" sourceRef="join" targetRef="end"/>
                            <endEvent id="end"/>
                          </process>
                        </definitions>
                        """.formatted(wait, userTask))
                .deploy();
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getVersion();
    }

    private Api api() {
        return new Api(port);
    }
}
