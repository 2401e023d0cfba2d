package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live view counts a version's running cases per activity and, where they wait for a deadline
 * (a user task's due date, a timer, a timer on a task's boundary), how many are on track, at risk
 * (past 75 % of the span, the SLA's default) or overdue; on a probe process whose cases are started
 * at earlier engine times, each with a ten-day deadline.
 */
@SafeguardIntegrationTest
class ModelLiveViewIT {

    private static final String KEY = "live-probe";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void removeTheProbe() {
        ClockUtil.reset();
        repository.createDeploymentQuery().list().stream()
                .filter(d -> d.getName() != null && d.getName().startsWith(KEY))
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void each_activity_shows_its_cases_and_how_many_are_on_track_at_risk_or_overdue() {
        int version = deploy();
        startDaysAgo(1, "SEA-2026-900101"); // 10 % of its ten days gone: on track
        startDaysAgo(8, "SEA-2026-900102"); // 80 %: at risk
        startDaysAgo(11, "SEA-2026-900103"); // past its deadline: overdue
        startDaysAgo(2, "SEA-2026-900104"); // on track
        runtime.createMessageCorrelation("LiveProbeMessage")
                .processInstanceBusinessKey("SEA-2026-900104")
                .correlate();

        JsonNode live = Api.json(new Api(port).get("owner", "/api/models/" + KEY + "/versions/" + version + "/live"));

        assertThat(live.get("key").asText()).isEqualTo(KEY);
        assertThat(figure(live, "user_assess"))
                .as("a user task's due date")
                .containsExactlyEntriesOf(counts(4, 2, 1, 1));
        assertThat(figure(live, "timer_wait")).as("a timer").containsExactlyEntriesOf(counts(4, 2, 1, 1));
        assertThat(figure(live, "user_reply"))
                .as("a task with a timer on its boundary")
                .containsExactlyEntriesOf(counts(3, 1, 1, 1));
        assertThat(figure(live, "user_decide")).as("no deadline").containsExactlyEntriesOf(counts(1, 0, 0, 0));
        assertThat(live.get("activities").findValuesAsText("activityId")).doesNotContain("start", "end");
    }

    @Test
    void counts_are_for_owners_managers_and_administrators_only() {
        int version = deploy();
        String path = "/api/models/" + KEY + "/versions/" + version + "/live";
        Api api = new Api(port);

        assertThat(api.get("manager", path).statusCode()).isEqualTo(200);
        assertThat(api.get("admin", path).statusCode()).isEqualTo(200);
        assertThat(api.get("investigator", path).statusCode()).isEqualTo(403);
        assertThat(api.get("owner", "/api/models/" + KEY + "/versions/" + (version + 1) + "/live")
                        .statusCode())
                .isEqualTo(404);
    }

    private static Map<String, Long> figure(JsonNode live, String activityId) {
        for (JsonNode activity : live.get("activities")) {
            if (activity.get("activityId").asText().equals(activityId)) {
                return counts(
                        activity.get("active").asLong(),
                        activity.get("onTrack").asLong(),
                        activity.get("atRisk").asLong(),
                        activity.get("overdue").asLong());
            }
        }
        throw new AssertionError(activityId + " not in " + live);
    }

    private static Map<String, Long> counts(long active, long onTrack, long atRisk, long overdue) {
        return new java.util.LinkedHashMap<>(
                Map.of("active", active, "onTrack", onTrack, "atRisk", atRisk, "overdue", overdue));
    }

    /** Starts a case as if {@code days} ago: the engine writes its tasks' and timers' start then. */
    private void startDaysAgo(int days, String reference) {
        Instant then = Instant.now().minus(Duration.ofDays(days));
        ClockUtil.setCurrentTime(Date.from(then));
        runtime.startProcessInstanceByKey(KEY, reference, Map.of("due", Date.from(then.plus(Duration.ofDays(10)))));
        ClockUtil.reset();
    }

    /**
     * Three waits at once: a user task due in ten days, a ten-day timer, and a task with a ten-day
     * timer on its boundary that a message ends, after which a task without a deadline waits.
     */
    private int deploy() {
        Deployment deployment = repository
                .createDeployment()
                .name(KEY)
                .addString(KEY + ".bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                     targetNamespace="http://safeguard.org/test">
                          <message id="live_message" name="LiveProbeMessage"/>
                          <process id="live-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                            <startEvent id="start"/>
                            <sequenceFlow id="f0" sourceRef="start" targetRef="fork"/>
                            <parallelGateway id="fork"/>
                            <sequenceFlow id="f1" sourceRef="fork" targetRef="user_assess"/>
                            <sequenceFlow id="f2" sourceRef="fork" targetRef="timer_wait"/>
                            <sequenceFlow id="f3" sourceRef="fork" targetRef="user_reply"/>
                            <userTask id="user_assess" camunda:candidateGroups="manager" camunda:dueDate="${due}"/>
                            <intermediateCatchEvent id="timer_wait">
                              <timerEventDefinition><timeDuration>P10D</timeDuration></timerEventDefinition>
                            </intermediateCatchEvent>
                            <userTask id="user_reply" camunda:candidateGroups="manager"/>
                            <boundaryEvent id="timer_reply_due" attachedToRef="user_reply" cancelActivity="false">
                              <timerEventDefinition><timeDuration>P10D</timeDuration></timerEventDefinition>
                            </boundaryEvent>
                            <boundaryEvent id="msg_replied" attachedToRef="user_reply">
                              <messageEventDefinition messageRef="live_message"/>
                            </boundaryEvent>
                            <sequenceFlow id="f4" sourceRef="msg_replied" targetRef="user_decide"/>
                            <userTask id="user_decide" camunda:candidateGroups="manager"/>
                            <sequenceFlow id="f5" sourceRef="user_assess" targetRef="join"/>
                            <sequenceFlow id="f6" sourceRef="timer_wait" targetRef="join"/>
                            <sequenceFlow id="f7" sourceRef="user_reply" targetRef="join"/>
                            <sequenceFlow id="f8" sourceRef="user_decide" targetRef="join"/>
                            <sequenceFlow id="f9" sourceRef="timer_reply_due" targetRef="timer_end"/>
                            <endEvent id="timer_end"/>
                            <parallelGateway id="join"/>
                            <sequenceFlow id="f10" sourceRef="join" targetRef="end"/>
                            <endEvent id="end"/>
                          </process>
                        </definitions>
                        """)
                .deploy();
        return repository
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .singleResult()
                .getVersion();
    }
}
