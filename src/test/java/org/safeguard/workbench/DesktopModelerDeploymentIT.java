package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploys from the Camunda desktop modeler: the exact multipart request it sends to
 * {@code /engine-rest/deployment/create} (fields {@code deployment-name}, {@code deployment-source},
 * {@code deploy-changed-only}, then the file in a part named after it). Safeguard's model rules run
 * inside the deployment: a bad model is refused with 400 naming the element and the rule, and
 * nothing is deployed.
 */
@SafeguardIntegrationTest
class DesktopModelerDeploymentIT {

    private static final String DEPLOYMENT_NAME = "investigation-from-the-modeler";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @AfterEach
    void removeTheModelersDeployments() {
        // The shipped version is the latest again for the tests that follow.
        repository
                .createDeploymentQuery()
                .deploymentName(DEPLOYMENT_NAME)
                .list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void a_model_that_meets_the_rules_is_deployed_as_the_next_version() throws IOException {
        int shipped = latestVersion();
        String changed =
                shippedInvestigation().replace("name=\"Plan investigation\"", "name=\"Plan the investigation\"");

        HttpResponse<String> response = deployFromTheModeler("owner", changed);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode deployment = Api.json(response);
        assertThat(deployment.get("name").asText()).isEqualTo(DEPLOYMENT_NAME);
        assertThat(deployment.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(deployment.get("deployedProcessDefinitions").size()).isEqualTo(1);
        assertThat(latestVersion()).isEqualTo(shipped + 1);
    }

    @Test
    void a_user_task_without_candidate_group_is_refused_with_its_element_and_nothing_is_deployed() throws IOException {
        int shipped = latestVersion();
        String broken = shippedInvestigation()
                .replace(
                        "id=\"user_plan_investigation\" name=\"Plan investigation\" camunda:candidateGroups=\"investigator\"",
                        "id=\"user_plan_investigation\" name=\"Plan investigation\"");
        assertThat(broken).isNotEqualTo(shippedInvestigation());

        HttpResponse<String> response = deployFromTheModeler("owner", broken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = Api.json(response);
        assertThat(problem.get("type").asText()).isEqualTo("ParseException");
        assertThat(problem.get("message").asText())
                .contains("user_plan_investigation")
                .contains("no candidate group");
        JsonNode errors = problem.get("details").get("investigation.bpmn").get("errors");
        assertThat(errors.get(0).get("mainElementId").asText()).isEqualTo("user_plan_investigation");
        assertThat(errors.get(0).get("message").asText()).contains("[candidate-group]");
        assertThat(latestVersion()).isEqualTo(shipped);
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(DEPLOYMENT_NAME)
                        .count())
                .isZero();
    }

    @Test
    void a_message_no_code_sends_and_a_missing_bean_are_both_named() throws IOException {
        String broken = shippedInvestigation()
                .replace("name=\"InvestigationExtensionRequested\"", "name=\"ExtensionAsked\"")
                .replace("${extendDeadlineDelegate}", "${extendTheDeadline}");

        HttpResponse<String> response = deployFromTheModeler("owner", broken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Api.json(response)
                        .get("details")
                        .get("investigation.bpmn")
                        .get("errors")
                        .findValuesAsText("message"))
                .anySatisfy(message ->
                        assertThat(message).contains("ExtensionAsked").contains("[message-name]"))
                .anySatisfy(message ->
                        assertThat(message).contains("${extendTheDeadline}").contains("[delegate-bean]"));
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(DEPLOYMENT_NAME)
                        .count())
                .isZero();
    }

    @Test
    void only_those_who_deploy_may_deploy() throws IOException {
        String changed =
                shippedInvestigation().replace("name=\"Plan investigation\"", "name=\"Plan the investigation\"");

        assertThat(deployFromTheModeler("investigator", changed).statusCode()).isEqualTo(403);
        assertThat(deployFromTheModeler("focal-ca", changed).statusCode()).isEqualTo(403);
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(DEPLOYMENT_NAME)
                        .count())
                .isZero();
    }

    private HttpResponse<String> deployFromTheModeler(String user, String model) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", DEPLOYMENT_NAME);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
        return new Api(port)
                .postForm(
                        user,
                        "/engine-rest/deployment/create",
                        fields,
                        "investigation.bpmn",
                        "investigation.bpmn",
                        model);
    }

    private int latestVersion() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY)
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    private static String shippedInvestigation() throws IOException {
        return Files.readString(Path.of("processes", "investigation.bpmn"));
    }
}
