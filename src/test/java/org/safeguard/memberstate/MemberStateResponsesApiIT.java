package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/member-state-responses} over HTTP, on H2 and MariaDB: each engagement is a
 * Canadian military contingent's, notified and waiting for Canada's reply.
 */
@SafeguardIntegrationTest
class MemberStateResponsesApiIT {

    static final String PATH = "/api/member-state-responses";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberStateEngagements engagements;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    EngagementFixture.Engine engine;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        engine = EngagementFixture.Engine.of(api, context);
    }

    @Test
    void an_accepted_reply_is_recorded_and_the_engagement_moves_on() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        assertThat(engine.waitingAt(waiting.caseReference())).contains(EngagementFixture.WAITING_FOR_REPLY);

        HttpResponse<String> response = post("focal-ca", willInvestigate(waiting.engagementId()), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        JsonNode receipt = Api.json(response);
        assertThat(receipt.get("engagementId").asLong()).isEqualTo(waiting.engagementId());
        assertThat(receipt.get("caseReference").asText()).isEqualTo(waiting.caseReference());
        assertThat(receipt.get("kind").asText()).isEqualTo("WILL_INVESTIGATE");
        assertThat(engagements.get(waiting.engagementId()).outcome())
                .isEqualTo(EngagementOutcome.MEMBER_STATE_INVESTIGATES);
        assertThat(engine.waitingAt(waiting.caseReference()))
                .doesNotContain(EngagementFixture.WAITING_FOR_REPLY)
                .contains("user_record_national_finding");
        assertThat(jdbc.queryForObject(
                        "SELECT investigation_officer_name FROM engagement_step WHERE id = ?",
                        String.class,
                        receipt.get("replyId").asLong()))
                .isEqualTo("Maj. C. Tremblay");
    }

    @Test
    void a_remark_is_kept_with_the_reply_shown_with_the_case_and_refused_when_too_long_naming_it() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        String tooLong = "x".repeat(MemberStateReply.REMARK_MAX + 1);
        assertRefused(post("focal-ca", """
                {"engagementId":%d,"kind":"DECLINES","remark":"%s"}""".formatted(waiting.engagementId(), tooLong), null), "remark");
        assertThat(steps(waiting))
                .as("nothing recorded")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM engagement_step WHERE engagement_id = ? AND kind <> 'REPLY_RECEIVED'",
                        Integer.class,
                        waiting.engagementId()));

        HttpResponse<String> response = post("focal-ca", """
                {"engagementId":%d,"kind":"DECLINES","remark":"Our national left the armed forces in May."}""".formatted(waiting.engagementId()), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode caseFile = Api.json(api.get("manager", "/api/cases/" + waiting.caseReference()));
        assertThat(caseFile.get("engagements").findValuesAsText("remark"))
                .contains("Our national left the armed forces in May.");
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE case_reference = ?",
                        String.class,
                        waiting.caseReference()))
                .as("the audit trail keeps codes, never the remark")
                .noneMatch(detail -> detail != null && detail.contains("armed forces"));
    }

    @Test
    void the_same_reply_again_gets_the_same_receipt_and_nothing_is_recorded_twice() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        HttpResponse<String> first =
                post("focal-ca", willInvestigate(waiting.engagementId()), "reply-" + waiting.engagementId());
        int steps = steps(waiting);

        HttpResponse<String> byKey =
                post("focal-ca", willInvestigate(waiting.engagementId()), "reply-" + waiting.engagementId());
        HttpResponse<String> byContent = post("focal-ca", willInvestigate(waiting.engagementId()), null);

        assertThat(first.statusCode()).isEqualTo(201);
        for (HttpResponse<String> again : new HttpResponse[] {byKey, byContent}) {
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(Api.json(again)).isEqualTo(Api.json(first));
        }
        assertThat(steps(waiting)).isEqualTo(steps);
        HttpResponse<String> reused =
                post("focal-ca", declines(waiting.engagementId()), "reply-" + waiting.engagementId());
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(steps(waiting)).isEqualTo(steps);
    }

    @Test
    void another_reply_to_a_closed_engagement_is_a_conflict_and_changes_nothing() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        assertThat(post("focal-ca", willInvestigate(waiting.engagementId()), null)
                        .statusCode())
                .isEqualTo(201);
        int steps = steps(waiting);
        int audits = audits(waiting);

        HttpResponse<String> late = post("focal-ca", declines(waiting.engagementId()), null);

        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("closed");
        assertThat(steps(waiting)).isEqualTo(steps);
        assertThat(audits(waiting)).isEqualTo(audits);
        assertThat(engagements.get(waiting.engagementId()).outcome())
                .isEqualTo(EngagementOutcome.MEMBER_STATE_INVESTIGATES);
    }

    @Test
    void a_reply_to_an_unknown_engagement_is_not_found() {
        HttpResponse<String> response = post("focal-ca", declines(987_654_321L), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    }

    @Test
    void a_focal_point_of_another_member_state_finds_no_such_engagement_and_changes_nothing() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        int steps = steps(waiting);

        HttpResponse<String> byId = post("focal-uy", declines(waiting.engagementId()), null);
        HttpResponse<String> byGroup =
                post("focal-uy", """
                {"caseReference":"%s","subjectGroupId":%d,"kind":"DECLINES"}
                """.formatted(waiting.caseReference(), waiting.subjectGroupId()), null);

        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(404);
        assertThat(byGroup.statusCode()).as(byGroup.body()).isEqualTo(404);
        assertThat(byId.body()).doesNotContain(waiting.caseReference());
        assertThat(steps(waiting)).isEqualTo(steps);
        assertThat(engine.waitingAt(waiting.caseReference())).contains(EngagementFixture.WAITING_FOR_REPLY);
    }

    @Test
    void a_reply_may_name_the_case_and_subject_group_instead_of_the_engagement() {
        EngagementFixture waiting = engine.awaitingReply("CA");

        HttpResponse<String> response =
                post("focal-ca", """
                {"caseReference":"%s","subjectGroupId":%d,"kind":"DECLINES","receivedAt":"2026-11-20T09:30:00Z"}
                """.formatted(waiting.caseReference(), waiting.subjectGroupId()), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Api.json(response).get("engagementId").asLong()).isEqualTo(waiting.engagementId());
        assertThat(Api.json(response).get("receivedAt").asText()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(engagements.get(waiting.engagementId()).outcome()).isEqualTo(EngagementOutcome.DECLINED);
    }

    @Test
    void bad_input_is_refused_naming_each_field_and_records_nothing() {
        EngagementFixture waiting = engine.awaitingReply("CA");
        int steps = steps(waiting);

        assertRefused(post("focal-ca", "{\"engagementId\":%d}".formatted(waiting.engagementId()), null), "kind");
        assertRefused(
                post(
                        "focal-ca",
                        "{\"engagementId\":%d,\"kind\":\"WILL_INVESTIGATE\"}".formatted(waiting.engagementId()),
                        null),
                "investigationOfficerName");
        assertRefused(
                post("focal-ca", "{\"engagementId\":%d,\"kind\":\"MAYBE\"}".formatted(waiting.engagementId()), null),
                "kind");
        assertRefused(post("focal-ca", "{\"kind\":\"DECLINES\"}", null), "engagementId");
        assertRefused(post("focal-ca", """
                {"engagementId":%d,"kind":"ACTIONS_REPORTED","actions":[{"kind":"JUDICIAL"}]}
                """.formatted(waiting.engagementId()), null), "actions[0].takenOn");
        assertRefused(
                post(
                        "focal-ca",
                        "{\"engagementId\":%d,\"kind\":\"DECLINES\",\"receivedAt\":\"yesterday\"}"
                                .formatted(waiting.engagementId()),
                        null),
                "receivedAt");
        assertThat(steps(waiting)).isEqualTo(steps);
    }

    @Test
    void a_manager_records_a_paper_reply_on_the_member_states_behalf_and_other_staff_may_not() {
        EngagementFixture waiting = engine.awaitingReply("CA");

        assertThat(post("intake", declines(waiting.engagementId()), null).statusCode())
                .isEqualTo(403);
        assertThat(post("investigator", declines(waiting.engagementId()), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> onBehalf = post("manager", declines(waiting.engagementId()), null);

        assertThat(onBehalf.statusCode()).as(onBehalf.body()).isEqualTo(201);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE case_reference = ? AND actor = 'manager'",
                        String.class,
                        waiting.caseReference()))
                .contains("MEMBER_STATE_REPLY_RECORDED_ON_BEHALF");
        assertThat(jdbc.queryForObject(
                        "SELECT on_behalf FROM engagement_step WHERE id = ?",
                        Boolean.class,
                        Api.json(onBehalf).get("replyId").asLong()))
                .isTrue();
    }

    private HttpResponse<String> post(String user, String body, String key) {
        return api.post(user, PATH, "application/json", body, key);
    }

    private static String willInvestigate(long engagementId) {
        return """
                {"engagementId":%d,"kind":"WILL_INVESTIGATE","investigationOfficerName":"Maj. C. Tremblay",
                 "investigationOfficerContact":"c.tremblay@forces.example"}
                """.formatted(engagementId);
    }

    private static String declines(long engagementId) {
        return "{\"engagementId\":%d,\"kind\":\"DECLINES\"}".formatted(engagementId);
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Api.json(response).get("errors"))
                .extracting(error -> error.get("field").asText())
                .contains(field);
    }

    private int steps(EngagementFixture fixture) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM engagement_step WHERE engagement_id = ?", Integer.class, fixture.engagementId());
    }

    private int audits(EngagementFixture fixture) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE case_reference = ?", Integer.class, fixture.caseReference());
    }
}
