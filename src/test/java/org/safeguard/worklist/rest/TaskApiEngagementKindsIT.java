package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.TaskApi.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.TaskApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The conduct officer's Member State tasks completed through {@code /api/tasks}: a military
 * contingent's case engages Canada (the focal point {@code focal-ca} replies through
 * {@code /api/member-state-responses}), and each completion shows on the case's engagement ladder
 * or in where its process waits next. Each test works on a case of its own.
 */
@SafeguardIntegrationTest
class TaskApiEngagementKindsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    Api api;
    TaskApi tasks;
    CaseApi cases;
    EngagementFixture.Engine engine;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tasks = new TaskApi(api);
        cases = new CaseApi(api, new DueJobs(runtime, management));
        engine = EngagementFixture.Engine.of(api, context);
    }

    @Test
    void
            a_note_verbale_sent_through_the_task_api_is_on_the_ladder_with_its_dispatch_reference_and_the_reply_is_awaited() {
        String reference = cases.registerWithSubjectsOf("MILITARY_CONTINGENT");
        cases.assessAsBreach(reference);
        String id = tasks.claim("intake", reference, "user_send_note_verbale");

        assertRefused(
                tasks.complete("intake", id, "{\"noteReference\":\"" + "R".repeat(41) + "\"}"),
                "noteReference",
                "must be at most 40 characters");
        tasks.assertStillOpen("intake", id);
        assertThat(steps(reference)).doesNotContain("NOTE_VERBALE_SENT");

        assertThat(tasks.complete("intake", id, "{\"noteReference\":\"REG-2026-114\"}")
                        .statusCode())
                .isEqualTo(204);

        JsonNode ladder = cases.read("intake", reference).get("engagements").get(0);
        JsonNode sent = StreamSupport.stream(ladder.get("steps").spliterator(), false)
                .filter(step -> step.get("kind").asText().equals("NOTE_VERBALE_SENT"))
                .findFirst()
                .orElseThrow();
        assertThat(sent.get("detailCode").asText()).isEqualTo("REG-2026-114");
        assertThat(ladder.get("engagement").get("nationality").asText()).isEqualTo("CA");
        assertThat(engine.waitingAt(reference))
                .contains(EngagementFixture.WAITING_FOR_REPLY)
                .doesNotContain("user_send_note_verbale");
    }

    @Test
    void information_the_member_state_asked_for_is_provided_through_the_task_api_and_its_reply_is_awaited_again() {
        EngagementFixture engagement = engine.awaitingReply("CA");
        engine.replies("focal-ca", engagement, "REQUESTS_INFORMATION");
        String id = tasks.claim("intake", engagement.caseReference(), "user_provide_information");

        assertRefused(
                tasks.complete("intake", id, "{\"noteReference\":\"REG-1\"}"),
                "noteReference",
                "is not a field of this request");
        tasks.assertStillOpen("intake", id);

        assertThat(tasks.complete("intake", id, "{}").statusCode()).isEqualTo(204);

        assertThat(steps(engagement.caseReference())).containsSubsequence("REPLY_RECEIVED", "INFORMATION_PROVIDED");
        assertThat(engine.waitingAt(engagement.caseReference()))
                .contains(EngagementFixture.WAITING_FOR_REPLY)
                .doesNotContain("user_provide_information");
    }

    @Test
    void a_national_finding_recorded_through_the_task_api_ends_the_subject_group_and_the_case_with_it() {
        EngagementFixture engagement = engine.awaitingReply("CA");
        engine.replies("focal-ca", engagement, "WILL_INVESTIGATE");
        String reference = engagement.caseReference();
        String id = tasks.claim("intake", reference, "user_record_national_finding");

        assertRefused(
                tasks.complete("intake", id, "{\"finding\":\"NO_BREACH_OF_STANDARDS\"}"),
                "finding",
                "must be SUBSTANTIATED, NOT_SUBSTANTIATED or CLOSED_OTHER");
        tasks.assertStillOpen("intake", id);

        assertThat(tasks.complete("intake", id, "{\"finding\":\"NOT_SUBSTANTIATED\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(engine.waitingAt(reference))
                .contains("user_inform_victim")
                .doesNotContain("user_record_national_finding");
        JsonNode file = cases.read("intake", reference);
        assertThat(file.get("subjectGroups").get(0).get("outcome").asText()).isEqualTo("NOT_SUBSTANTIATED");
        assertThat(file.get("status").asText()).isEqualTo("NOT_SUBSTANTIATED");
    }

    private List<String> steps(String reference) {
        return StreamSupport.stream(
                        cases.read("intake", reference)
                                .get("engagements")
                                .get(0)
                                .get("steps")
                                .spliterator(),
                        false)
                .map(step -> step.get("kind").asText())
                .toList();
    }
}
