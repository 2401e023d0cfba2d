package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Running instances waiting at a user task, a timer and a message move to a new version through
 * {@code /api/models/{key}/migrations}, on a probe process of the test's own (the shipped models'
 * instances need whole cases): previewed, migrated selectively as a batch whose jobs the test runs
 * (the job executor is off), the new timer applied when chosen, instances waiting where the new
 * version has no counterpart left behind with the reason, and a migration that fails when its job
 * runs listed with the engine's reason and moved by a retry once the cause is gone.
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

    @Autowired
    TaskService tasks;

    int v1;
    final List<String> batchIds = new ArrayList<>();

    @BeforeEach
    void deployTheFirstVersion() {
        v1 = deploy("P10D", "user_wait", true);
    }

    @AfterEach
    void removeTheProbe() {
        batchIds.stream()
                .filter(id -> management.createBatchQuery().batchId(id).count() > 0)
                .forEach(id -> management.deleteBatch(id, true));
        repository.createDeploymentQuery().list().stream()
                .filter(d -> d.getName() != null && d.getName().startsWith(KEY))
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void chosen_instances_move_as_a_batch_with_the_new_timer_and_still_take_their_message() {
        List<String> instances = List.of(start("SEA-2026-900001"), start("SEA-2026-900002"), start("SEA-2026-900003"));
        int v2 = deploy("P3D", "user_wait", true);

        JsonNode preview = Api.json(api().get("owner", PATH + "/preview?from=" + v1 + "&to=" + v2));
        assertThat(preview.get("mappings").findValuesAsText("from"))
                .contains("user_wait", "timer_wait", "message_wait");
        assertThat(preview.get("unmappedActivities")).isEmpty();
        assertThat(preview.get("instances").findValuesAsText("processInstanceId"))
                .containsExactlyInAnyOrderElementsOf(instances);
        assertThat(preview.get("instances").findValues("moves")).allMatch(JsonNode::asBoolean);
        assertThat(preview.get("instances").get(0).get("waitingAt").toString())
                .contains("user_wait", "timer_wait", "message_wait");

        HttpResponse<String> started = migrate(v1, v2, List.of(instances.get(0), instances.get(1)), true);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String batchId = Api.json(started).get("batchId").asText();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/models/migrations/" + batchId);
        assertThat(Api.json(started).get("instances").asInt()).isEqualTo(2);
        assertThat(Api.json(started).get("leftBehind")).isEmpty();
        JsonNode waiting = Api.json(api().get("owner", "/api/models/migrations/" + batchId));
        assertThat(waiting.get("total").asInt()).isEqualTo(2);
        assertThat(waiting.get("remaining").asInt()).isEqualTo(2);
        assertThat(waiting.get("finished").asBoolean()).isFalse();
        assertThat(versionOf(instances.get(0)))
                .as("nothing moves before the batch's jobs run")
                .isEqualTo(v1);

        runBatch(batchId);

        JsonNode done = Api.json(api().get("owner", "/api/models/migrations/" + batchId));
        assertThat(done.get("migrated").asInt()).isEqualTo(2);
        assertThat(done.get("failed").asInt()).isZero();
        assertThat(done.get("finished").asBoolean()).isTrue();
        assertThat(management.createBatchQuery().batchId(batchId).count())
                .as("the monitor job ended the batch")
                .isZero();
        assertThat(versionOf(instances.get(0))).isEqualTo(v2);
        assertThat(versionOf(instances.get(1))).isEqualTo(v2);
        assertThat(versionOf(instances.get(2))).as("not chosen").isEqualTo(v1);
        assertThat(timerDue(instances.get(0))).isBefore(Instant.now().plus(Duration.ofDays(4)));
        assertThat(timerDue(instances.get(2))).isAfter(Instant.now().plus(Duration.ofDays(9)));
        runtime.createMessageCorrelation("ProbeMessage")
                .processInstanceId(instances.get(0))
                .correlate();
        assertThat(runtime.getActiveActivityIds(instances.get(0)))
                .doesNotContain("message_wait")
                .contains("user_wait");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'MODEL_INSTANCES_MIGRATED'"
                                + " AND target = ? AND actor = 'owner' AND reason = 'Shorter wait' AND detail = ?",
                        Integer.class,
                        KEY,
                        "batch=" + batchId + " v" + v1 + "->v" + v2 + " instances=2 left=0 timers=new"))
                .isOne();
        JsonNode past = Api.json(api().get("owner", PATH));
        assertThat(past.get(0).get("batchId").asText()).isEqualTo(batchId);
        assertThat(past.get(0).get("startedBy").asText()).isEqualTo("owner");
    }

    @Test
    void without_new_timers_the_migrated_instances_keep_their_deadline() {
        String instance = start("SEA-2026-900004");
        Instant due = timerDue(instance);
        int v2 = deploy("P3D", "user_wait", true);

        HttpResponse<String> started = migrate(v1, v2, List.of(), false);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        runBatch(Api.json(started).get("batchId").asText());

        assertThat(versionOf(instance)).isEqualTo(v2);
        assertThat(timerDue(instance)).isEqualTo(due);
    }

    @Test
    void an_instance_waiting_where_the_new_version_has_no_counterpart_stays_and_says_why() {
        String staying = start("SEA-2026-900005");
        completeUserTask(staying);
        String moving = start("SEA-2026-900007");
        int v2 = deploy("P10D", "user_wait", false);

        JsonNode preview = Api.json(api().get("owner", PATH + "/preview?from=" + v1 + "&to=" + v2));
        assertThat(preview.get("unmappedActivities").toString()).contains("user_follow_up");
        JsonNode move = instance(preview, staying);
        assertThat(move.get("moves").asBoolean()).isFalse();
        assertThat(move.get("reason").asText()).contains("user_follow_up").contains("version " + v2);

        HttpResponse<String> refused = migrate(v1, v2, List.of(staying), true);
        assertThat(refused.statusCode()).as("nothing chosen can move").isEqualTo(400);
        assertThat(refused.body()).contains("processInstanceIds").contains("user_follow_up");
        JsonNode batch = Api.json(migrate(v1, v2, List.of(), true));
        assertThat(batch.get("instances").asInt()).isEqualTo(1);
        assertThat(batch.get("leftBehind").get(0).get("processInstanceId").asText())
                .isEqualTo(staying);
        runBatch(batch.get("batchId").asText());
        assertThat(versionOf(moving)).isEqualTo(v2);
        assertThat(versionOf(staying)).isEqualTo(v1);
    }

    @Test
    void a_failed_migration_is_listed_with_its_reason_and_moves_when_retried_after_the_cause_is_fixed() {
        String failing = start("SEA-2026-900008");
        String fine = start("SEA-2026-900009");
        int v2 = deploy("P3D", "user_wait", false);
        String batchId =
                Api.json(migrate(v1, v2, List.of(), true)).get("batchId").asText();
        completeUserTask(failing); // it moves on to user_follow_up, which version 2 lacks, before its job runs

        runBatch(batchId);

        JsonNode failed = Api.json(api().get("owner", "/api/models/migrations/" + batchId));
        assertThat(failed.get("total").asInt()).isEqualTo(2);
        assertThat(failed.get("migrated").asInt()).isOne();
        assertThat(failed.get("failed").asInt()).isOne();
        assertThat(failed.get("remaining").asInt()).isZero();
        assertThat(failed.get("finished").asBoolean()).isFalse();
        JsonNode failure = failed.get("failures").get(0);
        assertThat(failure.get("processInstanceId").asText()).isEqualTo(failing);
        assertThat(failure.get("caseReference").asText()).isEqualTo("SEA-2026-900008");
        assertThat(failure.get("message").asText()).contains("user_follow_up").doesNotContain("ENGINE-");
        assertThat(versionOf(failing)).isEqualTo(v1);
        assertThat(versionOf(fine)).isEqualTo(v2);

        runtime.createProcessInstanceModification(failing)
                .cancelAllForActivity("user_follow_up")
                .startBeforeActivity("user_wait")
                .execute();
        HttpResponse<String> retried =
                api().send("owner", "POST", "/api/models/migrations/" + batchId + "/retry", null);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(Api.json(retried).get("failed").asInt()).isZero();
        assertThat(Api.json(retried).get("remaining").asInt()).isOne();
        runBatch(batchId);

        assertThat(versionOf(failing)).isEqualTo(v2);
        JsonNode done = Api.json(api().get("owner", "/api/models/migrations/" + batchId));
        assertThat(done.get("migrated").asInt()).isEqualTo(2);
        assertThat(done.get("finished").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'MODEL_MIGRATION_RETRIED'"
                                + " AND target = ? AND actor = 'owner' AND detail LIKE ?",
                        Integer.class,
                        KEY,
                        "batch=" + batchId + "%"))
                .isOne();
    }

    @Test
    void bad_requests_and_other_roles_change_nothing() {
        String instance = start("SEA-2026-900006");
        int v2 = deploy("P3D", "user_wait", false);
        long batches = management.createBatchQuery().count();

        assertThat(api().send(
                                "owner",
                                "POST",
                                PATH,
                                "{\"from\":" + v1 + ",\"to\":" + v2
                                        + ",\"processInstanceIds\":[\"no-such-instance\"],\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api().send("owner", "POST", PATH, "{\"from\":" + v1 + ",\"to\":" + v2 + "}")
                        .statusCode())
                .as("a reason is required")
                .isEqualTo(400);
        assertThat(api().send("owner", "POST", PATH, "{\"from\":" + v1 + ",\"to\":" + v1 + ",\"reason\":\"x\"}")
                        .statusCode())
                .as("the same version")
                .isEqualTo(400);
        assertThat(api().get("owner", PATH + "/preview?from=" + v1 + "&to=99").statusCode())
                .isEqualTo(404);
        assertThat(api().get("owner", "/api/models/migrations/no-such-batch").statusCode())
                .isEqualTo(404);
        assertThat(api().get("manager", PATH + "/preview?from=" + v1 + "&to=" + v2)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().send("investigator", "POST", PATH, "{\"from\":" + v1 + ",\"to\":" + v2 + ",\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(management.createBatchQuery().count()).isEqualTo(batches);
        assertThat(versionOf(instance)).isEqualTo(v1);
    }

    private void runBatch(String batchId) {
        batchIds.add(batchId);
        new DueJobs(runtime, management).runBatch(batchId);
    }

    private void completeUserTask(String instance) {
        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("user_wait")
                .singleResult()
                .getId());
    }

    private static JsonNode instance(JsonNode preview, String id) {
        for (JsonNode move : preview.get("instances")) {
            if (move.get("processInstanceId").asText().equals(id)) {
                return move;
            }
        }
        throw new AssertionError(id + " not in the preview");
    }

    private HttpResponse<String> migrate(int from, int to, List<String> ids, boolean updateTimers) {
        String list = ids.stream()
                .map(id -> "\"" + id + "\"")
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        HttpResponse<String> response = api().send(
                        "owner",
                        "POST",
                        PATH,
                        "{\"from\":" + from + ",\"to\":" + to
                                + ",\"processInstanceIds\":[" + list + "],\"updateTimers\":" + updateTimers
                                + ",\"reason\":\"Shorter wait\"}");
        if (response.statusCode() == 202) {
            batchIds.add(Api.json(response).get("batchId").asText());
        }
        return response;
    }

    private String start(String reference) {
        return runtime.startProcessInstanceByKey(KEY, reference).getId();
    }

    private int versionOf(String instance) {
        String definition = runtime.createProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definition).getVersion();
    }

    private Instant timerDue(String instance) {
        Job timer =
                management.createJobQuery().processInstanceId(instance).timers().singleResult();
        return timer.getDuedate().toInstant();
    }

    /** The probe waits at a user task, a timer and a message at once; with {@code followUp} a second user task follows the first. */
    private int deploy(String wait, String userTask, boolean followUp) {
        String afterTask = followUp ? """
                <sequenceFlow id="f8" sourceRef="%s" targetRef="user_follow_up"/>
                <userTask id="user_follow_up" camunda:candidateGroups="manager"/>
                <sequenceFlow id="f4" sourceRef="user_follow_up" targetRef="join"/>
                """.formatted(userTask) : """
                <sequenceFlow id="f4" sourceRef="%s" targetRef="join"/>
                """.formatted(userTask);
        Deployment deployment = repository
                .createDeployment()
                .name(KEY + " " + wait + " " + userTask + " " + followUp)
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
                            %3$s
                            <sequenceFlow id="f5" sourceRef="timer_wait" targetRef="join"/>
                            <sequenceFlow id="f6" sourceRef="message_wait" targetRef="join"/>
                            <parallelGateway id="join"/>
                            <sequenceFlow id="f7" sourceRef="join" targetRef="end"/>
                            <endEvent id="end"/>
                          </process>
                        </definitions>
                        """.formatted(wait, userTask, afterTask))
                .deploy();
        return repository
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .singleResult()
                .getVersion();
    }

    private Api api() {
        return new Api(port);
    }
}
