package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Need to know (DESIGN §3) through the API and the services: each role sees its own scope, a
 * case outside it is "not found", counts match the rows, conflicts of interest hide a case until
 * break-glass access is opened with a reason, and that access runs out.
 */
@SafeguardIntegrationTest
@Import(CaseAccessIT.Fixtures.class)
class CaseAccessIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Intake intake;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        intake = new Intake(api);
    }

    @Test
    void a_focal_point_sees_only_the_subject_groups_of_their_nationals_and_no_victim() {
        String mixed = intake.register(againstContingents("CA", "Battalion 3", "UY", "Company B"));
        String uruguayan = intake.register(againstContingents("UY", "Company C"));

        JsonNode seen = Api.json(ok(api.get("focal-ca", "/api/cases/" + mixed)));
        assertThat(seen.get("subjectGroups")).hasSize(1);
        assertThat(seen.get("subjectGroups").get(0).get("nationality").asText()).isEqualTo("CA");
        assertThat(seen.path("victims")).isEmpty();
        assertThat(seen.toString()).doesNotContain("\"UY\"").doesNotContain("V-");

        assertThat(api.get("focal-ca", "/api/cases/" + uruguayan).statusCode()).isEqualTo(404);
        assertThat(references(api.get("focal-ca", "/api/cases?limit=200")))
                .contains(mixed)
                .doesNotContain(uruguayan);
        assertThat(references(api.get("focal-uy", "/api/cases?limit=200"))).contains(mixed, uruguayan);

        // The same answer from the service, as a view would get it.
        try (SignedIn focal = SignedIn.as(contexts, "focal-ca", Role.FOCAL_POINT)) {
            assertThat(caseFiles.find(uruguayan)).isEmpty();
            assertThat(caseFiles.find(mixed).orElseThrow().subjectGroups())
                    .allSatisfy(group -> assertThat(group.nationality()).isEqualTo("CA"));
            assertThat(caseFiles.find(mixed).orElseThrow().victims()).isEmpty();
        }
    }

    @Test
    void an_investigator_sees_only_the_cases_of_their_team_and_counts_match_the_rows() {
        String reference = intake.register(againstContingents("UY", "Company B"));
        assertThat(api.get("investigator2", "/api/cases/" + reference).statusCode())
                .isEqualTo(404);
        assertThat(references(api.get("investigator2", "/api/cases?limit=200"))).doesNotContain(reference);

        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator2", null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(api.get("investigator2", "/api/cases/" + reference).statusCode())
                .isEqualTo(200);
        JsonNode page = Api.json(ok(api.get("investigator2", "/api/cases?limit=200")));
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        long teamCases = jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_team_member WHERE username = 'investigator2'", Long.class);
        assertThat(page.get("total").asLong()).isEqualTo(teamCases);
        assertThat(Api.json(ok(api.get("investigator2", "/api/cases/" + reference + "/team")))
                        .toString())
                .contains("investigator2");

        assertThat(api.send("manager", "DELETE", "/api/cases/" + reference + "/team/investigator2", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(api.get("investigator2", "/api/cases/" + reference).statusCode())
                .isEqualTo(404);
    }

    @Test
    void only_intake_officers_and_managers_manage_the_team_and_only_with_investigators() {
        String reference = intake.register(againstContingents("UY", "Company B"));
        String team = "/api/cases/" + reference + "/team/";

        assertThat(api.send("intake", "PUT", team + "auditor", null).statusCode())
                .isEqualTo(400);
        assertThat(api.send("intake", "PUT", team + "nobody-" + UUID.randomUUID(), null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send("auditor", "PUT", team + "investigator2", null).statusCode())
                .isEqualTo(403);
        assertThat(api.send("intake-unmiss", "PUT", team + "investigator2", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM case_team_member t JOIN case_file c ON c.id = t.case_id "
                                + "WHERE c.reference = ?",
                        Long.class,
                        reference))
                .isZero();
    }

    @Test
    void intake_officers_see_and_register_the_cases_of_their_own_entity_and_owners_see_none() {
        String reference = intake.register(againstContingents("UY", "Company B"));

        assertThat(api.get("intake", "/api/cases/" + reference).statusCode()).isEqualTo(200);
        assertThat(api.get("intake-unmiss", "/api/cases/" + reference).statusCode())
                .isEqualTo(404);
        assertThat(references(api.get("intake-unmiss", "/api/cases?limit=200"))).doesNotContain(reference);
        assertThat(api.get("owner", "/api/cases/" + reference).statusCode()).isEqualTo(404);
        assertThat(Api.json(ok(api.get("owner", "/api/cases"))).get("total").asLong())
                .isZero();

        HttpResponse<String> otherEntity = api.postCase("intake-unmiss", AllegationJson.EXAMPLE);
        assertThat(otherEntity.statusCode()).isEqualTo(400);
        assertThat(otherEntity.body()).contains("\"field\":\"entity\"");
        assertThat(api.postCase("manager", AllegationJson.EXAMPLE).statusCode()).isEqualTo(403);
    }

    @Test
    void a_user_of_a_subjects_nationality_or_unit_is_excluded_until_break_glass_which_runs_out() {
        String reference = intake.register(againstContingents("UY", "Company B"));
        String uruguayan = createAccount(Role.MANAGER, "UY", null);
        String sameUnit = createAccount(Role.MANAGER, null, "Company B");
        String investigator = createAccount(Role.INVESTIGATOR, "UY", null);

        assertThat(api.get(uruguayan, "/api/cases/" + reference).statusCode()).isEqualTo(404);
        assertThat(api.get(sameUnit, "/api/cases/" + reference).statusCode()).isEqualTo(404);
        assertThat(api.get("manager", "/api/cases/" + reference).statusCode()).isEqualTo(200);
        HttpResponse<String> conflicted =
                api.send("intake", "PUT", "/api/cases/" + reference + "/team/" + investigator, null);
        assertThat(conflicted.statusCode()).isEqualTo(400);
        assertThat(conflicted.body()).contains("conflict of interest");

        String breakGlass = "/api/cases/" + reference + "/break-glass";
        assertThat(api.send(uruguayan, "POST", breakGlass, "{\"reason\":\"urgent\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send(
                                "manager",
                                "POST",
                                breakGlass,
                                "{\"reason\":\"Covering the desk while the usual manager is away\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send(
                                uruguayan,
                                "POST",
                                breakGlass,
                                "{\"reason\":\"The Secretary-General asked for a briefing within the hour\"}")
                        .statusCode())
                .isEqualTo(201);

        assertThat(api.get(uruguayan, "/api/cases/" + reference).statusCode()).isEqualTo(200);
        assertThat(auditActions(reference, uruguayan))
                .containsExactly("BREAK_GLASS_OPENED", "CASE_READ_UNDER_BREAK_GLASS");
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM audit_event WHERE case_reference = ? AND action = 'BREAK_GLASS_OPENED'",
                        String.class,
                        reference))
                .isEqualTo("The Secretary-General asked for a briefing within the hour");

        clock.advance(Duration.ofHours(4).plusSeconds(1));
        assertThat(api.get(uruguayan, "/api/cases/" + reference).statusCode()).isEqualTo(404);
    }

    @Test
    void a_manager_excludes_a_named_user_with_a_reason_and_takes_them_off_the_team() {
        String reference = intake.register(againstContingents("UY", "Company B"));
        api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator2", null);
        String exclusions = "/api/cases/" + reference + "/exclusions";

        assertThat(api.send(
                                "intake",
                                "POST",
                                exclusions,
                                "{\"username\":\"investigator2\",\"reason\":\"Shared a posting with the subject in 2024\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.send("manager", "POST", exclusions, "{\"username\":\"investigator2\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send(
                                "manager",
                                "POST",
                                exclusions,
                                "{\"username\":\"investigator2\",\"reason\":\"Shared a posting with the subject in 2024\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(api.get("investigator2", "/api/cases/" + reference).statusCode())
                .isEqualTo(404);
        assertThat(Api.json(ok(api.get("manager", "/api/cases/" + reference + "/team"))))
                .isEmpty();
        assertThat(api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator2", null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void only_advocates_read_a_victims_identity_and_each_read_is_audited() {
        String reference = intake.register(againstContingents("UY", "Company B"));
        long victimId = jdbc.queryForObject(
                "SELECT v.id FROM victim v JOIN case_file c ON c.id = v.case_id " + "WHERE c.reference = ?",
                Long.class,
                reference);
        api.send("intake", "PUT", "/api/cases/" + reference + "/team/investigator2", null);
        String identity = "/api/victims/" + victimId + "/identity";

        HttpResponse<String> advocate = api.get("vra", identity);
        assertThat(advocate.statusCode()).isEqualTo(200);
        assertThat(advocate.body()).contains("Jane Example");
        assertThat(advocate.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'VICTIM_IDENTITY_READ' "
                                + "AND target = ? AND actor = 'vra'",
                        Long.class,
                        "victim:" + victimId))
                .isOne();

        for (String user : List.of("manager", "auditor", "intake", "investigator2", "focal-uy")) {
            assertThat(api.get(user, identity).statusCode()).as(user).isEqualTo(403);
        }
        for (String user : List.of("focal-ca", "owner", "intake-unmiss")) {
            assertThat(api.get(user, identity).statusCode()).as(user).isEqualTo(404);
        }
    }

    /** The example allegation against military contingent members, of each nationality and unit given in pairs. */
    private static AllegationJson againstContingents(String... nationalityAndUnit) {
        AllegationJson allegation = AllegationJson.anAllegation().withoutSubjects();
        for (int i = 0; i < nationalityAndUnit.length; i += 2) {
            allegation.withSubject(
                    PersonnelCategory.MILITARY_CONTINGENT, nationalityAndUnit[i], nationalityAndUnit[i + 1]);
        }
        return allegation;
    }

    private String createAccount(Role role, String nationality, String unit) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Account(username, "Test " + username, nationality, null, unit, Set.of(role)), Api.PASSWORD);
        return username;
    }

    private List<String> auditActions(String reference, String actor) {
        return jdbc.queryForList(
                "SELECT action FROM audit_event WHERE case_reference = ? AND actor = ? ORDER BY id",
                String.class,
                reference,
                actor);
    }

    private static List<String> references(HttpResponse<String> page) {
        List<String> references = new ArrayList<>();
        Api.json(ok(page))
                .get("items")
                .forEach(item -> references.add(item.get("reference").asText()));
        return references;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
