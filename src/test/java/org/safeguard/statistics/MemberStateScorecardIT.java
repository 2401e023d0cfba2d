package org.safeguard.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Notifications of the second quarter of 2018 to Canada and Uruguay, written with known dates:
 * replies by and after the date the note asked, silent ones, reminded and escalated ones. Nothing
 * else in the test database was notified in 2018.
 */
@SafeguardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberStateScorecardIT {

    static final Period Q2 = Period.quarter("quarter", "2018-Q2");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberStateScorecard scorecard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy contexts;

    Api api;

    @BeforeAll
    void notificationsOfTheSecondQuarterOf2018() {
        api = new Api(port);
        // Canada: on time in 2 days; 18 days, after its date and a reminder; silent, reminded and escalated;
        // 4 days on a note issued before the reply-by date was stored, never reminded (on time).
        notification("CA", "2018-04-01T10:00:00Z", "2018-04-15T10:00:00Z", "2018-04-03T10:00:00Z", 0, 0, "OPEN");
        notification("CA", "2018-04-02T10:00:00Z", "2018-04-16T10:00:00Z", "2018-04-20T10:00:00Z", 1, 0, "CLOSED");
        notification("CA", "2018-05-01T10:00:00Z", "2018-05-15T10:00:00Z", null, 1, 1, "OPEN");
        notification("CA", "2018-06-01T10:00:00Z", null, "2018-06-05T10:00:00Z", 0, 0, "CLOSED");
        // Uruguay: a reply in 1 day; one after the reminder of an undated note (late); a silent one closed
        // without response (not pending); one sent on the first instant of July (next quarter).
        notification("UY", "2018-04-10T10:00:00Z", "2018-04-24T10:00:00Z", "2018-04-11T10:00:00Z", 0, 0, "CLOSED");
        notification("UY", "2018-04-11T10:00:00Z", null, "2018-04-26T10:00:00Z", 1, 0, "CLOSED");
        notification("UY", "2018-06-30T23:59:00Z", "2018-07-14T23:59:00Z", null, 0, 0, "CLOSED");
        notification("UY", "2018-07-01T00:00:00Z", "2018-07-15T00:00:00Z", null, 0, 0, "OPEN");
        // A paternity claim is not a notification.
        engagement("UY", "PATERNITY", "2018-05-05T10:00:00Z", null, null, 0, 0, "OPEN");
    }

    @Test
    void each_member_state_has_its_notifications_replies_on_time_median_pending_and_escalations() {
        List<ScorecardLine> lines = asManager(() -> scorecard.of(Q2));

        assertThat(lines)
                .containsExactly(
                        new ScorecardLine("CA", "Canada", lines.get(0).nameFr(), 4, 3, 2, 4.0, 1, 2, 1),
                        new ScorecardLine("UY", "Uruguay", lines.get(1).nameFr(), 3, 2, 1, 8.0, 0, 1, 0));
    }

    @Test
    void a_quarter_without_notifications_has_no_lines() {
        assertThat(asManager(() -> scorecard.of(Period.quarter("quarter", "2018-Q1"))))
                .isEmpty();
        assertThat(asManager(() -> scorecard.of(Period.quarter("quarter", "2018-Q3"))))
                .extracting(ScorecardLine::memberState, ScorecardLine::notificationsSent, ScorecardLine::pending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UY", 1L, 1L));
    }

    @Test
    void a_note_verbale_keeps_the_date_it_asks_a_reply_by() {
        EngagementFixture engagement = EngagementFixture.Engine.of(api, context).awaitingReply("UY");

        Timestamp[] note = jdbc.queryForObject(
                "SELECT created_at, reply_due_at FROM note_verbale WHERE engagement_id = ?"
                        + " AND kind = 'NOTE_VERBALE_SENT'",
                (rs, row) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)},
                engagement.engagementId());
        assertThat(note[1]).isNotNull();
        assertThat(note[1].toInstant()).isAfter(note[0].toInstant().plusSeconds(9 * 86_400));
    }

    @Test
    void the_api_answers_managers_and_auditors_in_json_or_csv_and_refuses_other_roles() {
        HttpResponse<String> json = api.get("auditor", "/api/member-state-scorecard?quarter=2018-Q2");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode body = Api.json(json);
        assertThat(body.get("quarter").asText()).isEqualTo("2018-Q2");
        assertThat(body.at("/memberStates/0/memberState").asText()).isEqualTo("CA");
        assertThat(body.at("/memberStates/0/medianReplyDays").asDouble()).isEqualTo(4.0);

        HttpResponse<String> csv =
                api.getAccepting("manager", "/api/member-state-scorecard?quarter=2018-Q2", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).hasSize(3).contains("2018-Q2,UY,Uruguay,3,2,1,8.0,0,1,0");
        HttpResponse<String> file =
                api.getAccepting("manager", "/api/member-state-scorecard.csv?quarter=2018-Q2", "*/*");
        assertThat(file.body()).isEqualTo(csv.body());
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("member-state-scorecard-2018-Q2.csv"));

        for (String refused : List.of("focal-ca", "focal-uy", "intake", "investigator", "vra", "owner")) {
            assertThat(api.get(refused, "/api/member-state-scorecard?quarter=2018-Q2")
                            .statusCode())
                    .as(refused)
                    .isEqualTo(403);
        }
    }

    @Test
    void a_bad_quarter_is_a_400_naming_the_field_whatever_the_client_accepts() {
        for (String accept : List.of("application/json", "text/csv")) {
            for (String path : List.of(
                    "/api/member-state-scorecard?quarter=2018-Q5",
                    "/api/member-state-scorecard",
                    "/api/member-state-scorecard?quarter=2018")) {
                HttpResponse<String> response = api.getAccepting("manager", path, accept);
                assertThat(response.statusCode()).as(accept + " " + path).isEqualTo(400);
                assertThat(Api.json(response).at("/errors/0/field").asText()).isEqualTo("quarter");
            }
        }
    }

    private void notification(
            String nationality,
            String sentAt,
            String replyBy,
            String repliedAt,
            int reminders,
            int escalations,
            String status) {
        engagement(nationality, "NOTIFICATION", sentAt, replyBy, repliedAt, reminders, escalations, status);
    }

    private void engagement(
            String nationality,
            String purpose,
            String sentAt,
            String replyBy,
            String repliedAt,
            int reminders,
            int escalations,
            String status) {
        String reference = "SEA-SC-" + System.nanoTime() % 100_000_000;
        jdbc.update(
                "INSERT INTO engagement (case_reference, nationality, purpose, status, opened_at) VALUES (?, ?, ?, ?, ?)",
                reference,
                nationality,
                purpose,
                status,
                at(sentAt));
        long id = jdbc.queryForObject("SELECT id FROM engagement WHERE case_reference = ?", Long.class, reference);
        step(id, "NOTE_VERBALE_SENT", at(sentAt));
        if (replyBy != null) {
            jdbc.update(
                    "INSERT INTO note_verbale (number, engagement_id, kind, language, template_version, created_at,"
                            + " reply_due_at, pdf) VALUES (?, ?, 'NOTE_VERBALE_SENT', 'en', 0, ?, ?, ?)",
                    "T/" + reference,
                    id,
                    at(sentAt),
                    at(replyBy),
                    new byte[] {1});
        }
        Instant ladder = at(sentAt).toInstant().plusSeconds(14 * 86_400);
        for (int i = 0; i < reminders; i++) {
            step(id, "REMINDER", Timestamp.from(ladder));
        }
        for (int i = 0; i < escalations; i++) {
            step(id, "ESCALATION_PERMANENT_REPRESENTATIVE", Timestamp.from(ladder.plusSeconds(14 * 86_400)));
        }
        if (repliedAt != null) {
            step(id, "REPLY_RECEIVED", at(repliedAt));
        }
    }

    private void step(long engagementId, String kind, Timestamp at) {
        jdbc.update(
                "INSERT INTO engagement_step (engagement_id, kind, occurred_at) VALUES (?, ?, ?)",
                engagementId,
                kind,
                at);
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private List<ScorecardLine> asManager(java.util.function.Supplier<List<ScorecardLine>> work) {
        try (SignedIn signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return work.get();
        }
    }
}
