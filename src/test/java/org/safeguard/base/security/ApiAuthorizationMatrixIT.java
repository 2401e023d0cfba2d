package org.safeguard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
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
 * Every role (and anonymous) against every {@code /api} endpoint. Each cell runs on a case of its
 * own: MINUSCA's (the demo intake officer's and advocate's entity), one Canadian subject group in
 * Battalion 3, one victim, {@code investigator} on its team. 404 means the case is outside the
 * caller's scope: its existence does not leak. The engine REST API's matrix is
 * {@code EngineRestAuthorizationIT}.
 */
@SafeguardIntegrationTest
class ApiAuthorizationMatrixIT {

    private static final String MATRIX = """
            endpoint            anonymous intake investigator vra manager owner auditor admin focal-ca focal-uy
            register-case       401       201    403          403 403     403   403     403   403      403
            list-cases          401       200    200          200 200     200   200     200   200      200
            read-case           401       200    200          200 200     404   200     200   200      404
            read-team           401       200    200          200 200     404   200     200   200      404
            add-to-team         401       204    403          403 204     404   403     403   403      404
            remove-from-team    401       204    403          403 204     404   403     403   403      404
            team-candidates     401       200    403          403 200     404   403     403   403      404
            exclude-user        401       403    403          403 204     404   403     403   403      404
            break-glass         401       400    400          400 400     403   400     400   403      403
            victim-identity     401       403    403          200 403     404   403     403   403      404
            audit-trail         401       403    403          403 403     403   200     200   403      403
            list-comments       401       200    200          200 200     404   200     200   403      404
            add-comment         401       201    201          201 201     404   403     403   403      404
            member-state-reply  401       403    403          403 201     403   403     201   201      404
            list-sla-clocks     401       200    200          200 200     403   200     200   403      403
            pause-sla-clock     401       403    403          403 200     403   403     403   403      403
            resume-sla-clock    401       403    403          403 409     403   403     403   403      403
            list-models         401       403    403          403 403     200   403     200   403      403
            start-migration     401       403    403          403 403     400   403     400   403      403
            list-migrations     401       403    403          403 403     200   403     200   403      403
            migration-progress  401       403    403          403 403     404   403     404   403      403
            retry-migration     401       403    403          403 403     404   403     404   403      403
            discard-draft       401       403    403          403 403     404   403     404   403      403
            live-view           401       403    403          403 200     200   403     200   403      403
            scorecard           401       403    403          403 200     403   200     403   403      403
            statistics          401       403    403          403 200     403   200     403   403      403
            own-notifications   401       200    200          200 200     200   200     200   200      200
            export-sla-clocks   401       403    403          403 200     403   403     403   403      403
            list-tasks          401       200    200          200 200     200   200     200   200      200
            read-task           401       200    200          200 200     404   200     200   200      404
            claim-task          401       204    403          403 403     404   403     403   403      404
            unclaim-task        401       403    403          403 204     404   403     403   403      404
            reassign-task       401       403    403          403 204     403   403     403   403      403
            complete-task       401       409    409          409 409     404   409     409   409      404
            unreachable-tasks   401       403    403          403 200     403   403     403   403      403
            """;

    private static final String EXCLUSION =
            "{\"username\":\"investigator2\",\"reason\":\"Served in the same unit in 2024\"}";
    private static final String COMMENT = "{\"text\":\"Spoke with the mission's conduct team\"}";
    private static final String BREAK_GLASS = "{\"reason\":\"Urgent briefing requested by the head of mission\"}";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void each_role_gets_exactly_the_status_in_the_matrix() {
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        List<String> users = Arrays.asList(lines.get(0).trim().split("\\s+")).subList(1, 11);
        Map<String, String> mismatches = new LinkedHashMap<>();
        lines.stream().skip(1).map(line -> line.trim().split("\\s+")).forEach(row -> {
            BiFunction<String, Fixture, HttpResponse<String>> call = endpoints().get(row[0]);
            assertThat(call).as("endpoint %s", row[0]).isNotNull();
            for (int i = 0; i < users.size(); i++) {
                String user = users.get(i);
                HttpResponse<String> response = call.apply(user.equals("anonymous") ? null : user, fixture());
                if (!Integer.toString(response.statusCode()).equals(row[i + 1])) {
                    mismatches.put(
                            row[0] + " as " + user,
                            "expected " + row[i + 1] + ", got " + response.statusCode() + " " + response.body());
                }
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(lines).hasSize(endpoints().size() + 1);
    }

    private Map<String, BiFunction<String, Fixture, HttpResponse<String>>> endpoints() {
        Map<String, BiFunction<String, Fixture, HttpResponse<String>>> endpoints = new LinkedHashMap<>();
        endpoints.put("register-case", (user, f) -> api.postCase(user, AllegationJson.EXAMPLE));
        endpoints.put("list-cases", (user, f) -> api.get(user, "/api/cases"));
        endpoints.put("read-case", (user, f) -> api.get(user, f.path()));
        endpoints.put("read-team", (user, f) -> api.get(user, f.path() + "/team"));
        endpoints.put("add-to-team", (user, f) -> api.send(user, "PUT", f.path() + "/team/investigator2", null));
        endpoints.put("remove-from-team", (user, f) -> api.send(user, "DELETE", f.path() + "/team/investigator", null));
        endpoints.put("team-candidates", (user, f) -> api.get(user, f.path() + "/team/candidates"));
        endpoints.put("exclude-user", (user, f) -> api.send(user, "POST", f.path() + "/exclusions", EXCLUSION));
        endpoints.put("break-glass", (user, f) -> api.send(user, "POST", f.path() + "/break-glass", BREAK_GLASS));
        endpoints.put("victim-identity", (user, f) -> api.get(user, "/api/victims/" + f.victimId() + "/identity"));
        endpoints.put("audit-trail", (user, f) -> api.get(user, "/api/audit"));
        endpoints.put("list-comments", (user, f) -> api.get(user, f.path() + "/comments"));
        endpoints.put("add-comment", (user, f) -> api.send(user, "POST", f.path() + "/comments", COMMENT));
        endpoints.put(
                "member-state-reply",
                (user, f) -> api.send(
                        user,
                        "POST",
                        "/api/member-state-responses",
                        "{\"engagementId\":" + f.openEngagement() + ",\"kind\":\"DECLINES\"}"));
        endpoints.put("list-sla-clocks", (user, f) -> api.get(user, "/api/sla-clocks?caseReference=" + f.reference()));
        endpoints.put(
                "pause-sla-clock",
                (user, f) -> api.send(
                        user,
                        "POST",
                        "/api/sla-clocks/" + f.assessmentClock() + "/pause",
                        "{\"reason\":\"Awaiting the victim's advocate\"}"));
        endpoints.put(
                "resume-sla-clock",
                (user, f) -> api.send(user, "POST", "/api/sla-clocks/" + f.assessmentClock() + "/resume", null));
        endpoints.put("list-models", (user, f) -> api.get(user, "/api/models"));
        // the same version on both sides: refused as bad input once the role may start a migration
        endpoints.put(
                "start-migration",
                (user, f) -> api.send(
                        user,
                        "POST",
                        "/api/models/sea-case/migrations",
                        "{\"from\":1,\"to\":1,\"reason\":\"Shorter assessment\"}"));
        endpoints.put("list-migrations", (user, f) -> api.get(user, "/api/models/sea-case/migrations"));
        endpoints.put("migration-progress", (user, f) -> api.get(user, "/api/models/migrations/no-such-batch"));
        endpoints.put(
                "retry-migration",
                (user, f) -> api.send(user, "POST", "/api/models/migrations/no-such-batch/retry", null));
        // no test drafts the accountability model: nothing to discard once the role may
        endpoints.put("discard-draft", (user, f) -> api.send(user, "DELETE", "/api/models/accountability/draft", null));
        endpoints.put("live-view", (user, f) -> api.get(user, "/api/models/sea-case/versions/1/live"));
        endpoints.put("scorecard", (user, f) -> api.get(user, "/api/member-state-scorecard?quarter=2026-Q4"));
        endpoints.put("statistics", (user, f) -> api.get(user, "/api/statistics?period=2026"));
        endpoints.put("own-notifications", (user, f) -> api.get(user, "/api/notifications"));
        endpoints.put(
                "export-sla-clocks", (user, f) -> api.get(user, "/api/sla-clocks.csv?caseReference=" + f.reference()));
        endpoints.put("list-tasks", (user, f) -> api.get(user, "/api/tasks"));
        endpoints.put("read-task", (user, f) -> api.get(user, f.taskPath()));
        // offered to the intake group, assigned to no one
        endpoints.put("claim-task", (user, f) -> api.send(user, "POST", f.taskPath() + "/claim", null));
        endpoints.put("unclaim-task", (user, f) -> api.send(user, "POST", f.taskPath() + "/unclaim", null));
        endpoints.put(
                "reassign-task",
                (user, f) -> api.send(user, "POST", f.taskPath() + "/assignee", "{\"assignee\":\"intake\"}"));
        // unclaimed: 409 (claim it first) once the caller sees the case; the body is never read
        endpoints.put("complete-task", (user, f) -> api.send(user, "POST", f.taskPath() + "/complete", "{}"));
        endpoints.put("unreachable-tasks", (user, f) -> api.get(user, "/api/tasks/unreachable"));
        return endpoints;
    }

    /** A fresh case per cell, so no cell's change decides another's answer. */
    private Fixture fixture() {
        HttpResponse<String> created = api.postCase("intake", AllegationJson.EXAMPLE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = Api.json(created).get("reference").asText();
        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator", null)
                        .statusCode())
                .isEqualTo(204);
        long victimId = jdbc.queryForObject(
                "SELECT v.id FROM victim v JOIN case_file c ON c.id = v.case_id WHERE c.reference = ?",
                Long.class,
                reference);
        String assessmentTask = jdbc.queryForObject(
                "SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p"
                        + " ON p.ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = 'user_assess_allegation'",
                String.class,
                reference);
        return new Fixture(reference, victimId, () -> engagementAwaitingReply(reference), assessmentTask);
    }

    /**
     * The case assessed and routed to Canada, its note verbale sent: the engagement's process waits
     * for the reply (a reply it does not wait for is refused with 409, see RepliesNobodyAwaitsIT).
     */
    private long engagementAwaitingReply(String reference) {
        return EngagementFixture.Engine.of(api, context)
                .awaitingReplyOn(reference)
                .engagementId();
    }

    /** @param assessmentTask the case's "Assess allegation" task, open and unclaimed */
    record Fixture(String reference, long victimId, LongSupplier engagementAwaitingReply, String assessmentTask) {
        String path() {
            return "/api/cases/" + reference;
        }

        String taskPath() {
            return "/api/tasks/" + assessmentTask;
        }

        /** The SLA clock of the case's preliminary assessment. */
        String assessmentClock() {
            return "T-" + assessmentTask;
        }

        /** An engagement of Canada about the case's subject group, waiting for its reply. */
        long openEngagement() {
            return engagementAwaitingReply.getAsLong();
        }
    }
}
