package org.safeguard.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.testsupport.AllegationJson.anAllegation;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@SafeguardIntegrationTest
class CaseIntakeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Tables tables;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tables = new Tables(jdbc, runtime);
    }

    @Test
    void a_valid_intake_records_the_case_and_starts_its_lifecycle() {
        HttpResponse<String> response = api.postCase("intake", AllegationJson.EXAMPLE);

        assertThat(response.statusCode()).isEqualTo(201);
        String reference = Api.json(response).get("reference").asText();
        assertThat(reference).matches("SEA-\\d{4}-\\d{6}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + reference);
        assertThat(Api.json(response).get("status").asText()).isEqualTo("UNDER_ASSESSMENT");

        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult();
        assertThat(instance.getProcessDefinitionId()).startsWith("sea-case:");
        Task assessment =
                tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(assessment.getTaskDefinitionKey()).isEqualTo("user_assess_allegation");
        assertThat(tasks.getIdentityLinksForTask(assessment.getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("intake");
        // Received Friday 2026-11-20 09:30 UTC: five working days later is Friday 2026-11-27.
        assertThat(assessment.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
    }

    @Test
    void the_case_reads_back_with_its_subject_groups_and_victims_by_pseudonym_only() {
        String reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();

        HttpResponse<String> response = api.get("intake", "/api/cases/" + reference);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode found = Api.json(response);
        assertThat(found.get("entity").asText()).isEqualTo("MINUSCA");
        assertThat(found.get("incidentDate").asText()).isEqualTo("2026-11-02");
        assertThat(found.get("minorInvolved").asBoolean()).isTrue();
        assertThat(found.at("/subjectGroups/0/nationality").asText()).isEqualTo("CA");
        assertThat(found.at("/subjectGroups/0/units/0").asText()).isEqualTo("Battalion 3");
        assertThat(found.at("/victims/0/pseudonym").asText()).matches("V-[2-9A-HJKMNP-Z]{5}");
        assertThat(response.body()).doesNotContain("Jane Example").doesNotContain("+236");
    }

    @Test
    void victim_identities_never_enter_the_engine() {
        String reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();

        List<Object> values =
                history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list().stream()
                        .map(variable -> variable.getValue())
                        .toList();

        assertThat(values)
                .isNotEmpty()
                .contains(reference)
                .noneMatch(value -> String.valueOf(value).contains("Jane"))
                .noneMatch(value -> String.valueOf(value).contains("+236"))
                .noneMatch(value -> String.valueOf(value).contains("narrative"));
    }

    @Test
    void a_subject_group_is_made_per_personnel_category_and_nationality() {
        String body = anAllegation()
                .withOnlySubject(PersonnelCategory.MILITARY_CONTINGENT, "UY", "Company A")
                .withSubject(PersonnelCategory.MILITARY_CONTINGENT, "UY", "Company B")
                .withSubject(PersonnelCategory.MILITARY_CONTINGENT, "CA", null)
                .withSubject(PersonnelCategory.CIVILIAN_STAFF, null, null)
                .json();
        String reference =
                Api.json(api.postCase("intake", body)).get("reference").asText();

        JsonNode groups = Api.json(api.get("intake", "/api/cases/" + reference)).get("subjectGroups");

        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).get("units")).extracting(JsonNode::asText).containsExactly("Company A", "Company B");
        assertThat(groups.get(2).get("personnelCategory").asText()).isEqualTo("CIVILIAN_STAFF");
    }

    static Stream<Arguments> badInput() {
        String tooLong = "x".repeat(NewAllegation.SUMMARY_MAX + 1);
        return Stream.of(
                Arguments.of(
                        "unknown channel", anAllegation().with("channel", "FAX").json(), "channel"),
                Arguments.of(
                        "unknown allegation type",
                        anAllegation().with("allegationType", "THEFT").json(),
                        "allegationType"),
                Arguments.of(
                        "unknown personnel category",
                        anAllegation()
                                .with("subjects[0].personnelCategory", "PILOT")
                                .json(),
                        "subjects[0].personnelCategory"),
                Arguments.of(
                        "unknown age group",
                        anAllegation().with("victims[0].ageGroup", "TEEN").json(),
                        "victims[0].ageGroup"),
                Arguments.of(
                        "unknown Member State", anAllegation().subjectOf("ZZ").json(), "subjects[0].nationality"),
                Arguments.of(
                        "uniformed subject without nationality",
                        anAllegation().without("subjects[0].nationality").json(),
                        "subjects[0].nationality"),
                Arguments.of("unknown entity", anAllegation().against("NOWHERE").json(), "entity"),
                Arguments.of(
                        "incident after receipt",
                        anAllegation().incidentOn("2026-11-22").json(),
                        "incidentDate"),
                Arguments.of(
                        "receipt in the future",
                        anAllegation()
                                .receivedAt(Instant.now().plusSeconds(3600))
                                .json(),
                        "receivedAt"),
                Arguments.of(
                        "not a date",
                        anAllegation().with("incidentDate", "2 November").json(),
                        "incidentDate"),
                Arguments.of(
                        "missing summary", anAllegation().without("summary").json(), "summary"),
                Arguments.of(
                        "missing channel", anAllegation().without("channel").json(), "channel"),
                Arguments.of(
                        "blank duty station", anAllegation().dutyStation("  ").json(), "dutyStation"),
                Arguments.of("no subjects", anAllegation().withoutSubjects().json(), "subjects"),
                Arguments.of(
                        "victim without consent answer",
                        anAllegation().without("victims[0].consentToAssistance").json(),
                        "victims[0].consentToAssistance"),
                Arguments.of(
                        "oversized summary", anAllegation().summary(tooLong).json(), "summary"),
                Arguments.of("malformed JSON", "{\"receivedAt\": ", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void bad_input_is_refused_naming_the_field_and_writes_nothing(String what, String body, String field) {
        Map<String, Long> before = tables.counts();

        HttpResponse<String> response =
                api.postCase("intake", body, UUID.randomUUID().toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(response).get("errors"))
                .extracting(error -> error.get("field").asText())
                .contains(field);
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_400_and_writes_nothing() {
        Map<String, Long> before = tables.counts();

        HttpResponse<String> response = api.post("intake", "/api/cases", "text/plain", AllegationJson.EXAMPLE, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).at("/errors/0/field").asText()).isEqualTo("Content-Type");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void every_bad_field_is_named_at_once() {
        String body = anAllegation()
                .against("NOWHERE")
                .without("summary")
                .incidentOn("2026-12-01")
                .json();

        JsonNode errors = Api.json(api.postCase("intake", body)).get("errors");

        assertThat(errors)
                .extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("entity", "summary", "incidentDate");
    }

    @Test
    void anonymous_requests_get_401() {
        assertThat(api.postCase(null, AllegationJson.EXAMPLE).statusCode()).isEqualTo(401);
        assertThat(api.get(null, "/api/cases/SEA-2026-000001").statusCode()).isEqualTo(401);
        assertThat(api.get(null, "/engine-rest/process-instance").statusCode()).isEqualTo(401);
    }

    @Test
    void wrong_credentials_get_401() {
        HttpResponse<String> response = api.get("nobody", "/api/cases/SEA-2026-000001");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_reference_answers_404() {
        assertThat(api.get("intake", "/api/cases/SEA-1999-999999").statusCode()).isEqualTo(404);
    }

    @Test
    void a_retry_with_the_same_key_returns_the_same_case() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.postCase("intake", AllegationJson.EXAMPLE, key);
        Map<String, Long> afterFirst = tables.counts();

        HttpResponse<String> retry = api.postCase("intake", AllegationJson.EXAMPLE, key);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(Api.json(retry).get("reference")).isEqualTo(Api.json(first).get("reference"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(tables.counts()).isEqualTo(afterFirst);
    }

    @Test
    void a_key_reused_for_a_different_request_is_refused() {
        String key = UUID.randomUUID().toString();
        api.postCase("intake", AllegationJson.EXAMPLE, key);
        Map<String, Long> afterFirst = tables.counts();

        HttpResponse<String> other =
                api.postCase("intake", anAllegation().dutyStation("Bria").json(), key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(tables.counts()).isEqualTo(afterFirst);
    }

    @Test
    void two_concurrent_retries_with_the_same_key_make_one_case() throws Exception {
        String key = UUID.randomUUID().toString();
        long casesBefore = tables.counts().get("case_file");

        List<HttpResponse<String>> responses =
                concurrently(2, () -> api.postCase("intake", AllegationJson.EXAMPLE, key));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(responses.stream()
                        .map(r -> Api.json(r).get("reference").asText())
                        .distinct())
                .hasSize(1);
        assertThat(tables.counts().get("case_file")).isEqualTo(casesBefore + 1);
    }

    @Test
    void concurrent_intakes_get_distinct_references() throws Exception {
        List<HttpResponse<String>> responses = concurrently(16, () -> api.postCase("intake", AllegationJson.EXAMPLE));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        Set<String> references = responses.stream()
                .map(r -> Api.json(r).get("reference").asText())
                .collect(Collectors.toSet());
        assertThat(references).hasSize(16);
        assertThat(references)
                .allSatisfy(reference -> assertThat(runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(reference)
                                .count())
                        .isOne());
    }

    @Test
    void the_case_instance_is_visible_to_admin_on_the_engine_rest_api() {
        String reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();

        HttpResponse<String> response = api.get("admin", "/engine-rest/process-instance?businessKey=" + reference);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).at("/0/definitionId").asText()).startsWith("sea-case:");
    }

    @Test
    void the_openapi_document_describes_the_intake() {
        HttpResponse<String> response = api.get(null, "/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).at("/paths/~1api~1cases/post").isMissingNode())
                .isFalse();
    }

    private static <T> List<T> concurrently(int clients, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
