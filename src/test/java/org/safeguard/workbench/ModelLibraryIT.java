package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * The process owners' library over {@code /api/models}: versions with who deployed them and why, a
 * version as its file, and roll back to an earlier version as a new one.
 */
@SafeguardIntegrationTest
class ModelLibraryIT {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestsDeployments() {
        repository.createDeploymentQuery().list().stream()
                .filter(d -> ModelLibrary.SOURCE.equals(d.getSource()) || "Camunda Modeler".equals(d.getSource()))
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void the_library_lists_every_process_and_decision_with_its_versions() {
        HttpResponse<String> response = api().get("owner", "/api/models");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode models = Api.json(response);
        assertThat(models.findValuesAsText("key"))
                .contains(
                        "sea-case",
                        "investigation",
                        "victim-assistance",
                        "member-state-engagement",
                        "accountability",
                        "sla-policy",
                        "investigation-routing");
        JsonNode investigation = model(models, InvestigationProcess.KEY);
        assertThat(investigation.get("kind").asText()).isEqualTo("PROCESS");
        assertThat(investigation.get("versions").get(0).get("deployedAt").isNull())
                .isFalse();
        assertThat(model(models, "sla-policy").get("kind").asText()).isEqualTo("DECISION");
    }

    @Test
    void a_model_deployed_from_the_desktop_modeler_appears_with_its_author_and_name() throws IOException {
        String changed =
                shippedInvestigation().replace("name=\"Plan investigation\"", "name=\"Plan the investigation\"");
        HttpResponse<String> deployed = api().postForm(
                        "owner",
                        "/engine-rest/deployment/create",
                        Map.of("deployment-name", "Shorter planning step", "deployment-source", "Camunda Modeler"),
                        "investigation.bpmn",
                        "investigation.bpmn",
                        changed);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

        JsonNode newest = model(Api.json(api().get("owner", "/api/models")), InvestigationProcess.KEY)
                .get("versions")
                .get(0);

        assertThat(newest.get("deploymentId").asText())
                .isEqualTo(Api.json(deployed).get("id").asText());
        assertThat(newest.get("deployedBy").asText()).isEqualTo("owner");
        assertThat(newest.get("reason").asText()).isEqualTo("Shorter planning step");
        assertThat(newest.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(newest.get("runningInstances").asLong()).isZero();
    }

    @Test
    void a_version_downloads_as_the_file_it_was_deployed_from() throws IOException {
        int latest = latestVersion();

        HttpResponse<String> file = api().get("owner", "/api/models/investigation/versions/" + latest + "/file");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        header -> assertThat(header).contains("attachment").contains("investigation.bpmn"));
        assertThat(file.body()).isEqualTo(shippedInvestigation());
        assertThat(api().get("owner", "/api/models/investigation/versions/999/file")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void rolling_back_deploys_the_earlier_version_again_as_the_newest_with_the_owners_reason() throws IOException {
        int shipped = latestVersion();
        String changed =
                shippedInvestigation().replace("name=\"Plan investigation\"", "name=\"Plan the investigation\"");
        api().postForm(
                        "owner",
                        "/engine-rest/deployment/create",
                        Map.of("deployment-name", "Experiment", "deployment-source", "Camunda Modeler"),
                        "investigation.bpmn",
                        "investigation.bpmn",
                        changed);
        assertThat(latestVersion()).isEqualTo(shipped + 1);

        HttpResponse<String> rolledBack = api().send(
                        "owner",
                        "POST",
                        "/api/models/investigation/versions/" + shipped + "/redeploy",
                        "{\"reason\":\"The experiment confused investigators\"}");

        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(201);
        JsonNode version = Api.json(rolledBack);
        assertThat(version.get("version").asInt()).isEqualTo(shipped + 2);
        assertThat(version.get("deployedBy").asText()).isEqualTo("owner");
        assertThat(version.get("reason").asText()).isEqualTo("The experiment confused investigators");
        assertThat(api().get("owner", "/api/models/investigation/versions/" + (shipped + 2) + "/file")
                        .body())
                .isEqualTo(shippedInvestigation());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'MODEL_DEPLOYED' AND target = ?"
                                + " AND actor = 'owner' AND reason = ?",
                        Integer.class,
                        version.get("deploymentId").asText(),
                        "The experiment confused investigators"))
                .isOne();
    }

    @Test
    void a_roll_back_without_reason_or_with_a_too_long_one_is_refused_and_deploys_nothing() {
        int latest = latestVersion();

        HttpResponse<String> refused = api().send(
                        "owner",
                        "POST",
                        "/api/models/investigation/versions/" + latest + "/redeploy",
                        "{\"reason\":\"  \"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).get("errors").get(0).get("field").asText()).isEqualTo("reason");
        HttpResponse<String> tooLong = api().send(
                        "owner",
                        "POST",
                        "/api/models/investigation/versions/" + latest + "/redeploy",
                        "{\"reason\":\"" + "x".repeat(256) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Api.json(tooLong).get("errors").get(0).get("reason").asText())
                .isEqualTo("must be at most 255 characters");
        assertThat(latestVersion()).isEqualTo(latest);
    }

    @Test
    void only_process_owners_and_administrators_use_the_library() {
        assertThat(api().get("admin", "/api/models").statusCode()).isEqualTo(200);
        for (String user : new String[] {"manager", "investigator", "intake", "auditor", "focal-ca"}) {
            assertThat(api().get(user, "/api/models").statusCode()).as(user).isEqualTo(403);
            assertThat(api().send(user, "POST", "/api/models/investigation/versions/1/redeploy", "{\"reason\":\"x\"}")
                            .statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
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

    private static JsonNode model(JsonNode models, String key) {
        for (JsonNode model : models) {
            if (model.get("key").asText().equals(key)) {
                return model;
            }
        }
        throw new AssertionError("No model " + key + " in " + models);
    }

    private static String shippedInvestigation() throws IOException {
        return Files.readString(Path.of("processes", "investigation.bpmn"));
    }
}
