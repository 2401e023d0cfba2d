package org.safeguard.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.InterimMeasureType;
import org.safeguard.casefile.InterimMeasures;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@SafeguardIntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    PreliminaryAssessment assessment;

    @Autowired
    CaseFiles cases;

    @Autowired
    InterimMeasures interimMeasures;

    @Autowired
    Accounts accounts;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Autowired
    SecurityContextHolderStrategy contexts;

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    @Test
    void an_intake_over_the_api_leaves_one_case_recorded_entry_by_intake_and_its_status_changes() {
        String reference = intake();

        List<Map<String, Object>> entries = entriesOf(reference);

        assertThat(entries).extracting(e -> e.get("action")).containsOnly("CASE_RECORDED", "CASE_STATUS_CHANGED");
        assertThat(entries)
                .filteredOn(e -> e.get("action").equals("CASE_RECORDED"))
                .singleElement()
                .satisfies(recorded -> {
                    assertThat(recorded.get("actor")).isEqualTo("intake");
                    assertThat(recorded.get("roles")).isEqualTo("INTAKE");
                    assertThat(recorded.get("remote_address")).isNotNull();
                    assertThat(String.valueOf(recorded.get("detail")))
                            .contains("entity=MINUSCA")
                            .doesNotContain("Jane");
                });
        assertThat(entries)
                .last()
                .satisfies(last -> assertThat(last.get("detail")).isEqualTo("RECEIVED->UNDER_ASSESSMENT"));
        assertThat(entries).allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("intake"));
    }

    @Test
    void completing_a_task_through_a_typed_service_leaves_exactly_one_entry() {
        String reference = intake();
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("user_assess_allegation")
                .singleResult();
        int before = entriesOf(reference).size();
        signIn("intake", "ROLE_INTAKE");

        assessment.complete(
                task.getId(),
                cases.subjectGroupIds(reference).stream()
                        .map(group -> new GroupAssessment(group, true, null))
                        .toList());

        List<Map<String, Object>> after = entriesOf(reference);
        List<Map<String, Object>> added = after.subList(before, after.size());
        assertThat(added).singleElement().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("TASK_COMPLETED");
            assertThat(entry.get("target")).isEqualTo(task.getId());
            assertThat(entry.get("detail")).isEqualTo("user_assess_allegation");
            assertThat(entry.get("actor")).isEqualTo("intake");
        });
    }

    @Test
    void proposing_an_interim_measure_leaves_exactly_one_entry_with_its_type() {
        String reference = intake();
        int before = entriesOf(reference).size();
        signIn("intake", "ROLE_INTAKE");

        long measure = interimMeasures.propose(reference, null, InterimMeasureType.SUSPENSION_FROM_DUTY);

        List<Map<String, Object>> after = entriesOf(reference);
        assertThat(after.subList(before, after.size())).singleElement().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("INTERIM_MEASURE_PROPOSED");
            assertThat(entry.get("target")).isEqualTo("measure:" + measure);
            assertThat(entry.get("detail")).isEqualTo("SUSPENSION_FROM_DUTY");
        });
    }

    @Test
    void creating_an_account_leaves_exactly_one_entry_with_its_roles() {
        String username = "audited-" + System.nanoTime();
        signIn("admin", "ROLE_ADMIN");

        accounts.create(new Account(username, "Audited", null, Set.of(Role.AUDITOR, Role.MANAGER)), "s3cret-pass");

        assertThat(jdbc.queryForList(
                        "SELECT actor, detail FROM audit_event WHERE action = 'ACCOUNT_CREATED' AND target = ?",
                        username))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("actor")).isEqualTo("admin");
                    assertThat(entry.get("detail")).isEqualTo("AUDITOR,MANAGER");
                });
    }

    @Test
    void an_auditor_browses_the_trail_of_a_case_newest_first() {
        String reference = intake();

        HttpResponse<String> response = api.get("auditor", "/api/audit?caseReference=" + reference + "&limit=10");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode events = Api.json(response).get("events");
        assertThat(events)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("caseReference").asText()).isEqualTo(reference));
        assertThat(events.get(events.size() - 1).get("action").asText()).isEqualTo("CASE_RECORDED");
        assertThat(events.get(0).get("id").asText()).startsWith("S-");
    }

    @Test
    void an_administrator_may_browse_the_trail_and_an_intake_officer_may_not() {
        assertThat(api.get("admin", "/api/audit").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = api.get("intake", "/api/audit");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    @Test
    void a_bad_parameter_answers_400_naming_it() {
        assertThat(fieldsOf(api.get("auditor", "/api/audit?from=yesterday"))).containsExactly("from");
        assertThat(fieldsOf(api.get("auditor", "/api/audit?limit=lots"))).containsExactly("limit");
        assertThat(fieldsOf(api.get("auditor", "/api/audit?limit=0&offset=-1"))).containsExactly("offset", "limit");
        assertThat(fieldsOf(api.get("auditor", "/api/audit?from=2026-11-20T10:00:00Z&to=2026-11-20T09:00:00Z")))
                .containsExactly("to");
    }

    @Test
    void an_operators_repair_through_the_engine_api_appears_in_the_same_trail() {
        String reference = intake();
        String jobId = management
                .createJobQuery()
                .processInstanceId(tasks.createTaskQuery()
                        .processInstanceBusinessKey(reference)
                        .singleResult()
                        .getProcessInstanceId())
                .list()
                .get(0)
                .getId();

        HttpResponse<String> repaired =
                api.send("admin", "PUT", "/engine-rest/job/" + jobId + "/retries", "{\"retries\":5}");

        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(204);
        JsonNode events = Api.json(api.get("auditor", "/api/audit?actor=admin&caseReference=" + reference))
                .get("events");
        assertThat(events)
                .filteredOn(e -> e.get("action").asText().equals("ENGINE_SETJOBRETRIES"))
                .singleElement()
                .satisfies(retries -> assertThat(retries.get("id").asText()).startsWith("E-"));
    }

    @Test
    @EnabledIf(
            value = "org.safeguard.testsupport.TestDatabase#isMariaDb",
            disabledReason =
                    "The trigger that forbids changing the trail exists on MariaDB only; H2 serves the demo and tests")
    void the_database_refuses_to_update_or_delete_a_trail_entry() {
        String reference = intake();

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE audit_event SET actor = 'someone-else' WHERE case_reference = ?", reference))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE case_reference = ?", reference))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(entriesOf(reference))
                .allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("intake"));
    }

    private String intake() {
        HttpResponse<String> response = api.postCase("intake", AllegationJson.EXAMPLE);
        assertThat(response.statusCode()).isEqualTo(201);
        return Api.json(response).get("reference").asText();
    }

    private List<Map<String, Object>> entriesOf(String reference) {
        return jdbc.queryForList(
                "SELECT action, actor, roles, target, detail, remote_address FROM audit_event"
                        + " WHERE case_reference = ? ORDER BY id",
                reference);
    }

    private static List<String> fieldsOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        return Api.json(response).get("errors").findValuesAsText("field");
    }

    /** Through this application's strategy: the static holder may belong to another test context. */
    private void signIn(String username, String role) {
        contexts.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList(role)));
    }
}
