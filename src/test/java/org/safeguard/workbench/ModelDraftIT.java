package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process owner edits the draft of a model through {@code /api/models/{key}/draft}: saves it,
 * is warned when another owner saved meanwhile, sees the rule it breaks on its element and the
 * difference from the deployed version, fixes it and deploys it as the next version.
 */
@SafeguardIntegrationTest
class ModelDraftIT {

    private static final String DRAFT = "/api/models/investigation/draft";
    private static final String PLAN =
            "id=\"user_plan_investigation\" name=\"Plan investigation\" camunda:candidateGroups=\"investigator\"";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeDraftsAndTheirDeployments() {
        jdbc.update("DELETE FROM model_draft");
        repository.createDeploymentQuery().list().stream()
                .filter(d -> ModelLibrary.SOURCE.equals(d.getSource()))
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void a_save_over_another_owners_newer_save_is_refused_and_keeps_theirs() throws IOException {
        HttpResponse<String> first =
                save("owner", shipped().replace("name=\"Plan investigation\"", "name=\"Plan\""), null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Api.json(first).get("version").asInt()).isEqualTo(1);
        assertThat(Api.json(first).get("savedBy").asText()).isEqualTo("owner");

        HttpResponse<String> admins =
                save("admin", shipped().replace("name=\"Plan investigation\"", "name=\"Plan it\""), 1);
        assertThat(admins.statusCode()).as(admins.body()).isEqualTo(200);
        assertThat(Api.json(admins).get("version").asInt()).isEqualTo(2);

        HttpResponse<String> stale =
                save("owner", shipped().replace("name=\"Plan investigation\"", "name=\"Mine\""), 1);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Api.json(stale).get("savedBy").asText()).isEqualTo("admin");
        assertThat(Api.json(stale).get("version").asInt()).isEqualTo(2);
        assertThat(save("owner", shipped(), null).statusCode())
                .as("a second first draft")
                .isEqualTo(409);
        JsonNode kept = Api.json(api().get("owner", DRAFT));
        assertThat(kept.get("content").asText()).contains("name=\"Plan it\"");
        assertThat(kept.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void a_draft_breaking_a_rule_shows_it_on_its_element_cannot_be_deployed_and_once_fixed_deploys()
            throws IOException {
        int deployed = latestVersion();
        save("owner", shipped().replace(PLAN, "id=\"user_plan_investigation\" name=\"Plan investigation\""), null);

        JsonNode check = Api.json(api().send("owner", "POST", DRAFT + "/check", null));
        assertThat(check.get("deployable").asBoolean()).isFalse();
        assertThat(check.get("deployedVersion").asInt()).isEqualTo(deployed);
        assertThat(check.get("findings").findValuesAsText("elementId")).containsExactly("user_plan_investigation");
        assertThat(check.get("findings").findValuesAsText("rule")).containsExactly("candidate-group");
        JsonNode change = check.get("changes").get(0);
        assertThat(change.get("elementId").asText()).isEqualTo("user_plan_investigation");
        assertThat(change.get("kind").asText()).isEqualTo("CHANGED");
        assertThat(change.get("changes").get(0).get("name").asText()).isEqualTo("camunda:candidateGroups");
        assertThat(change.get("changes").get(0).get("before").asText()).isEqualTo("investigator");

        HttpResponse<String> refused = deploy("Faster planning");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).get("errors").get(0).get("field").asText()).isEqualTo("user_plan_investigation");
        assertThat(latestVersion()).isEqualTo(deployed);

        save("owner", shipped().replace(PLAN, PLAN.replace("Plan investigation", "Plan the investigation")), 1);
        assertThat(Api.json(api().send("owner", "POST", DRAFT + "/check", null))
                        .get("deployable")
                        .asBoolean())
                .isTrue();
        HttpResponse<String> created = deploy("Clearer name for the planning step");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Api.json(created).get("version").asInt()).isEqualTo(deployed + 1);
        assertThat(Api.json(created).get("reason").asText()).isEqualTo("Clearer name for the planning step");
        assertThat(latestVersion()).isEqualTo(deployed + 1);
        assertThat(api().get("owner", DRAFT).statusCode())
                .as("the deployed draft is discarded")
                .isEqualTo(404);
    }

    @Test
    void a_draft_that_renames_the_process_cannot_be_deployed() throws IOException {
        save("owner", shipped().replace("<bpmn:process id=\"investigation\"", "<bpmn:process id=\"inquiry\""), null);

        JsonNode check = Api.json(api().send("owner", "POST", DRAFT + "/check", null));

        assertThat(check.get("findings").findValuesAsText("rule")).contains("process-key");
        assertThat(check.get("findings").findValuesAsText("elementId")).contains("investigation", "inquiry");
        assertThat(deploy("Rename").statusCode()).isEqualTo(400);
    }

    @Test
    void what_the_engine_parser_refuses_shows_at_the_check_on_its_element() throws IOException {
        String timer =
                "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${investigationFirstWarningAt}</bpmn:timeDate>";
        assertThat(shipped()).contains(timer);
        save("owner", shipped().replace(timer, ""), null);

        JsonNode check = Api.json(api().send("owner", "POST", DRAFT + "/check", null));

        assertThat(check.get("deployable").asBoolean()).isFalse();
        JsonNode finding = check.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("engine-parser");
        assertThat(finding.get("elementId").asText()).isEqualTo("timer_first_warning");
        assertThat(finding.get("message").asText()).containsIgnoringCase("timer");
    }

    @Test
    void bad_input_unknown_models_and_other_roles_are_refused() throws IOException {
        assertThat(save("owner", " ", null).statusCode()).isEqualTo(400);
        assertThat(save("owner", shipped(), null).statusCode()).isEqualTo(200);
        assertThat(deploy(" ").statusCode()).isEqualTo(400);
        assertThat(api().send("owner", "PUT", "/api/models/no-such-model/draft", "{\"content\":\"<x/>\"}")
                        .statusCode())
                .isEqualTo(404);
        for (String user : new String[] {"manager", "investigator", "focal-ca"}) {
            assertThat(api().get(user, DRAFT).statusCode()).as(user).isEqualTo(403);
            assertThat(save(user, shipped(), 1).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(Api.json(api().get("owner", DRAFT)).get("version").asInt()).isEqualTo(1);
        assertThat(api().send("manager", "DELETE", DRAFT, null).statusCode()).isEqualTo(403);
    }

    @Test
    void a_check_of_content_sent_with_it_reports_findings_and_changes_and_saves_no_draft() throws IOException {
        int deployed = latestVersion();
        String broken = shipped().replace(PLAN, "id=\"user_plan_investigation\" name=\"Plan investigation\"");

        JsonNode check = Api.json(check(broken));
        assertThat(check.get("draftVersion").asInt()).as("nothing saved").isZero();
        assertThat(check.get("deployedVersion").asInt()).isEqualTo(deployed);
        assertThat(check.get("deployable").asBoolean()).isFalse();
        assertThat(check.get("findings").findValuesAsText("rule")).containsExactly("candidate-group");
        assertThat(check.get("changes").findValuesAsText("elementId")).containsExactly("user_plan_investigation");
        assertThat(api().get("admin", DRAFT).statusCode())
                .as("no draft for another owner to see")
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_draft", Integer.class))
                .isZero();

        JsonNode unchanged = Api.json(check(shipped()));
        assertThat(unchanged.get("deployable").asBoolean()).isTrue();
        assertThat(unchanged.get("changes"))
                .as("the deployed version: nothing to deploy")
                .isEmpty();
    }

    @Test
    void a_discarded_draft_is_gone_and_the_deployed_version_stays() throws IOException {
        int deployed = latestVersion();
        save("owner", shipped(), null);

        assertThat(api().send("owner", "DELETE", DRAFT, null).statusCode()).isEqualTo(204);

        assertThat(api().get("owner", DRAFT).statusCode()).isEqualTo(404);
        assertThat(api().send("owner", "DELETE", DRAFT, null).statusCode())
                .as("nothing left to discard")
                .isEqualTo(404);
        assertThat(latestVersion()).isEqualTo(deployed);
    }

    private HttpResponse<String> save(String user, String content, Integer baseVersion) {
        ObjectNode body = new ObjectMapper().createObjectNode().put("content", content);
        if (baseVersion != null) {
            body.put("baseVersion", baseVersion);
        }
        return api().send(user, "PUT", DRAFT, body.toString());
    }

    private HttpResponse<String> check(String content) {
        HttpResponse<String> response = api().send(
                        "owner",
                        "POST",
                        DRAFT + "/check",
                        new ObjectMapper()
                                .createObjectNode()
                                .put("content", content)
                                .toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> deploy(String reason) {
        return api().send(
                        "owner",
                        "POST",
                        DRAFT + "/deploy",
                        new ObjectMapper()
                                .createObjectNode()
                                .put("reason", reason)
                                .toString());
    }

    private Api api() {
        return new Api(port);
    }

    private int latestVersion() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY)
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    private static String shipped() throws IOException {
        return Files.readString(Path.of("processes", "investigation.bpmn"));
    }
}
