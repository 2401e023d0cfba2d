package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A user's engine groups follow their roles in Safeguard, taken away as well as given, without a restart. */
@SafeguardIntegrationTest
class EngineGroupsFollowRolesIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private String username;

    @BeforeEach
    void an_administrator_who_has_used_the_engine_api() {
        api = new Api(port);
        username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Account(username, "Temporary Administrator", "CA", Set.of(Role.ADMIN)), "demo");
        assertThat(api.get(username, "/engine-rest/process-definition/count").statusCode())
                .isEqualTo(200);
        assertThat(groupsOf(username)).containsExactlyInAnyOrder("admin", Groups.CAMUNDA_ADMIN);
    }

    @Test
    void a_demoted_administrator_loses_camunda_admin_at_once() {
        accounts.changeRoles(username, Set.of(Role.MANAGER));

        assertThat(groupsOf(username)).containsExactly("manager");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_ROLES_CHANGED' AND target = ?",
                        Integer.class,
                        username))
                .isEqualTo(1);
    }

    @Test
    void a_role_taken_away_outside_safeguard_is_gone_from_the_engine_at_the_next_sign_in() {
        jdbc.update("DELETE FROM account_role WHERE username = ?", username);
        jdbc.update("INSERT INTO account_role (username, role) VALUES (?, 'AUDITOR')", username);

        assertThat(api.get(username, "/engine-rest/process-definition/count").statusCode())
                .as("an auditor never reaches the engine API")
                .isEqualTo(403);
        assertThat(groupsOf(username)).containsExactly("auditor");
    }

    private Set<String> groupsOf(String user) {
        return Set.copyOf(identity.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId())
                .toList());
    }
}
