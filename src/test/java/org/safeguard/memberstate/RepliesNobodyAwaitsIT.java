package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Member State's reply that arrives while the engine waits for none, through
 * {@code POST /api/member-state-responses}: before the note verbale went out, while the
 * organisation prepares the information the Member State asked for, and after the ladder ran out
 * (the engagement closed with no response). Each answers 409 with a reason the caller can act on,
 * and records nothing: no step, no audit entry, the process where it was. See the README, "Member
 * States' replies", for why a late reply is refused rather than kept as late information.
 */
@SafeguardIntegrationTest
class RepliesNobodyAwaitsIT {

    static final String PATH = "/api/member-state-responses";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberStateEngagements engagements;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    EngagementFixture.Engine engine;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        engine = EngagementFixture.Engine.of(api, context);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void a_reply_before_the_note_verbale_went_out_is_a_conflict_and_changes_nothing() {
        String reference = Api.json(
                        api.postCase("intake", AllegationJson.anAllegation().json()))
                .get("reference")
                .asText();
        engine.assessAsBreach(reference);
        Task note = engine.task(reference, "user_send_note_verbale");
        long engagementId = (Long) tasks.getVariable(note.getId(), "engagementId");
        int steps = steps(engagementId);
        int audits = audits(reference);

        HttpResponse<String> early = post("focal-ca", willInvestigate(engagementId));

        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(Api.json(early).get("reason").asText()).isEqualTo("NOTE_VERBALE_NOT_SENT");
        assertThat(Api.json(early).get("detail").asText()).contains("has not been sent yet", "Nothing was recorded");
        assertThat(steps(engagementId)).isEqualTo(steps);
        assertThat(audits(reference)).isEqualTo(audits);
        assertThat(engine.waitingAt(reference)).contains("user_send_note_verbale");
        assertThat(engagements.get(engagementId).status()).isEqualTo(EngagementStatus.OPEN);
    }

    @Test
    void a_reply_while_the_requested_information_is_prepared_is_a_conflict_and_is_accepted_once_it_is_sent() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        HttpResponse<String> asked = post(
                "focal-ca",
                "{\"engagementId\":%d,\"kind\":\"REQUESTS_INFORMATION\"}".formatted(waiting.engagementId()));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        assertThat(engine.waitingAt(waiting.caseReference())).contains("user_provide_information");
        int steps = steps(waiting.engagementId());
        int audits = audits(waiting.caseReference());

        HttpResponse<String> meanwhile = post("focal-ca", willInvestigate(waiting.engagementId()));

        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(409);
        assertThat(Api.json(meanwhile).get("reason").asText()).isEqualTo("INFORMATION_BEING_PROVIDED");
        assertThat(steps(waiting.engagementId())).isEqualTo(steps);
        assertThat(audits(waiting.caseReference())).isEqualTo(audits);
        assertThat(engine.waitingAt(waiting.caseReference())).contains("user_provide_information");

        Task provide = engine.task(waiting.caseReference(), "user_provide_information");
        engagements.informationProvided(provide.getId(), waiting.engagementId());
        HttpResponse<String> afterwards = post("focal-ca", willInvestigate(waiting.engagementId()));

        assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(201);
        assertThat(engagements.get(waiting.engagementId()).outcome())
                .isEqualTo(EngagementOutcome.MEMBER_STATE_INVESTIGATES);
    }

    @Test
    void a_reply_after_the_ladder_ran_out_is_a_conflict_naming_the_outcome_and_changes_nothing() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(60))));
        engine.runJobsOf(waiting.caseReference());
        assertThat(engagements.get(waiting.engagementId()).outcome())
                .as("the ladder ran out")
                .isEqualTo(EngagementOutcome.NO_RESPONSE);
        int steps = steps(waiting.engagementId());
        int audits = audits(waiting.caseReference());

        HttpResponse<String> byId = post("focal-ca", willInvestigate(waiting.engagementId()));
        HttpResponse<String> byGroup =
                post("focal-ca", """
                {"caseReference":"%s","subjectGroupId":%d,"kind":"DECLINES"}
                """.formatted(waiting.caseReference(), waiting.subjectGroupId()));

        for (HttpResponse<String> late : List.of(byId, byGroup)) {
            assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
            assertThat(Api.json(late).get("reason").asText()).isEqualTo("ENGAGEMENT_CLOSED");
            assertThat(Api.json(late).get("outcome").asText()).isEqualTo("NO_RESPONSE");
        }
        assertThat(steps(waiting.engagementId())).isEqualTo(steps);
        assertThat(audits(waiting.caseReference())).isEqualTo(audits);
    }

    private HttpResponse<String> post(String user, String body) {
        return api.post(user, PATH, "application/json", body, null);
    }

    private static String willInvestigate(long engagementId) {
        return """
                {"engagementId":%d,"kind":"WILL_INVESTIGATE","investigationOfficerName":"Maj. C. Tremblay"}
                """.formatted(engagementId);
    }

    private int steps(long engagementId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM engagement_step WHERE engagement_id = ?", Integer.class, engagementId);
    }

    private int audits(String reference) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE case_reference = ?", Integer.class, reference);
    }
}
