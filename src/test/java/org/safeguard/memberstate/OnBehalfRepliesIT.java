package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reply received on paper, recorded on the Member State's behalf through
 * {@code POST /api/member-state-responses} by a manager: only for a case the manager sees. A
 * conflict of interest that hides the case from them in the case file hides it here too.
 */
@SafeguardIntegrationTest
class OnBehalfRepliesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private EngagementFixture awaiting;
    private String conflicted;

    @BeforeEach
    void a_canadian_engagement_awaiting_its_reply_and_a_manager_excluded_from_its_case() {
        api = new Api(port);
        awaiting = EngagementFixture.Engine.of(api, context).awaitingReply("CA");
        conflicted = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Account(conflicted, "Conflicted Manager", "NO", Set.of(Role.MANAGER)), "demo");
        String exclusion =
                "{\"username\":\"" + conflicted + "\",\"reason\":\"Former liaison officer of the contingent\"}";
        assertThat(api.send("manager", "POST", "/api/cases/" + awaiting.caseReference() + "/exclusions", exclusion)
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void an_excluded_manager_cannot_record_a_reply_for_the_case_and_nothing_is_recorded() {
        HttpResponse<String> refused = reply(conflicted);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(replies()).isZero();
    }

    @Test
    void a_manager_who_sees_the_case_records_the_paper_reply() {
        HttpResponse<String> recorded = reply("manager");

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(replies()).isEqualTo(1);
    }

    private HttpResponse<String> reply(String user) {
        return api.post(
                user,
                "/api/member-state-responses",
                "application/json",
                "{\"engagementId\":" + awaiting.engagementId() + ",\"kind\":\"DECLINES\"}",
                null);
    }

    private int replies() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM engagement_step WHERE engagement_id = ? AND recorded_by IS NOT NULL",
                Integer.class,
                awaiting.engagementId());
    }
}
