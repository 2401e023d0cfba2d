package org.safeguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process owner tries to run code on the server from a model, by both ways a model reaches the
 * engine: the desktop modeler's {@code /engine-rest/deployment/create} and the workbench's draft
 * check and deploy. Every attack is refused with its reason on its element, nothing is deployed,
 * and its payload (creating a marker file) never runs.
 */
@SafeguardIntegrationTest
class HostileModelIT {

    private static final String DEPLOYMENT_NAME = "hostile-from-the-modeler";
    private static final Path MARKER = temporaryDirectory().resolve("pwned");
    private static final String TOUCH =
            "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)" + ".exec('touch " + MARKER
                    + "')";
    private static final String LISTENER =
            "<camunda:executionListener event=\"start\" expression=\"${caseStatus.mark(execution, 'UNDER_INVESTIGATION')}\" />";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    /**
     * An attack: the file, the element it is refused on and the rule that refuses it; {@code draftKey}
     * is the workbench model it can be a draft of, or null when only the REST API takes such a file.
     */
    record Attack(String name, String fileName, String content, String elementId, String rule, String draftKey) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                new Attack("a CMMN case model", "case.cmmn", cmmn(), "", "sandbox-file", null),
                new Attack(
                        "a javascript file",
                        "payload.js",
                        "java.lang.Runtime.getRuntime().exec('touch " + MARKER + "')",
                        "",
                        "sandbox-file",
                        null),
                investigation(
                        "an expression listener calling getClass",
                        LISTENER,
                        "<camunda:executionListener event=\"start\" expression=\"${" + TOUCH + "}\" />",
                        "sandbox-expression"),
                investigation(
                        "camunda:class on a service task",
                        "camunda:delegateExpression=\"${openInvestigationDelegate}\"",
                        "camunda:class=\"org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior\"",
                        "sandbox-class"),
                investigation(
                        "a script listener in javascript",
                        LISTENER,
                        scriptListener("javascript", "java.lang.Runtime.getRuntime().exec('touch " + MARKER + "')"),
                        "sandbox-script"),
                investigation(
                        "a script listener in juel",
                        LISTENER,
                        scriptListener("juel", "${" + TOUCH + "}"),
                        "sandbox-script"),
                investigation(
                        "a script resource",
                        LISTENER,
                        "<camunda:executionListener event=\"start\">"
                                + "<camunda:script scriptFormat=\"javascript\" resource=\"classpath://payload.js\"/>"
                                + "</camunda:executionListener>",
                        "sandbox-script"),
                scriptTask("javascript", "java.lang.Runtime.getRuntime().exec('touch " + MARKER + "')"),
                scriptTask("juel", "${" + TOUCH + "}"),
                investigation(
                        "a bean not on the list (dataSource)",
                        LISTENER,
                        "<camunda:executionListener event=\"start\" expression=\"${dataSource.connection.createStatement()"
                                + ".execute('CALL 1')}\" />",
                        "sandbox-expression"),
                investigation(
                        "a bean not on the list (victims)",
                        LISTENER,
                        "<camunda:executionListener event=\"start\" expression=\"${victims.isChild(1)}\" />",
                        "sandbox-expression"),
                investigation(
                        "getClass on a listed bean",
                        LISTENER,
                        "<camunda:executionListener event=\"start\" "
                                + "expression=\"${deadlines.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
                                + ".invoke(null).exec('touch " + MARKER + "')}\" />",
                        "sandbox-expression"),
                investigation(
                        "a public method of a listed bean that is not on its list",
                        LISTENER,
                        "<camunda:executionListener event=\"start\" expression=\"${deadlines.warnings(execution, "
                                + "'INVESTIGATION', now())}\" />",
                        "sandbox-expression"),
                new Attack(
                        "a JUEL input entry in a decision",
                        "investigation-routing.dmn",
                        shipped("investigation-routing.dmn")
                                .replace(
                                        "<inputEntry id=\"entry_no_breach_breaches\"><text>false</text></inputEntry>",
                                        "<inputEntry id=\"entry_no_breach_breaches\" expressionLanguage=\"juel\"><text>${"
                                                + TOUCH + "}</text></inputEntry>"),
                        "entry_no_breach_breaches",
                        "sandbox-expression-language",
                        "investigation-routing"));
    }

    /** The attacks a draft can carry: a draft is always of a deployed BPMN or DMN model. */
    static Stream<Attack> draftAttacks() {
        return attacks().filter(attack -> attack.draftKey() != null);
    }

    @AfterEach
    void removeDraftsAndDeployments() {
        jdbc.update("DELETE FROM model_draft");
        repository
                .createDeploymentQuery()
                .deploymentName(DEPLOYMENT_NAME)
                .list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
        assertThat(MARKER).as("the payload never ran").doesNotExist();
    }

    @Test
    void the_applications_engine_runs_under_the_sandbox_with_cmmn_off() {
        assertThat(engine.getExpressionManager().getClass().getSimpleName()).isEqualTo("SandboxedExpressionManager");
        assertThat(engine.getScriptEngineResolver().getClass().getSimpleName()).isEqualTo("NoScripts");
        assertThat(engine.isCmmnEnabled()).isFalse();
    }

    @Test
    void process_owners_can_read_what_a_model_may_call() throws IOException {
        HttpResponse<String> list = api().get("owner", "/api/models/sandbox");

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(Api.json(list)).anySatisfy(allowance -> {
            assertThat(allowance.get("subject").asText()).isEqualTo("deadlines");
            assertThat(allowance.get("members").toString()).isEqualTo("[\"due\",\"dueFrom\"]");
        });
        assertThat(api().get("investigator", "/api/models/sandbox").statusCode())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void an_attack_from_the_desktop_modeler_is_refused_with_its_reason_and_nothing_is_deployed(Attack attack) {
        long deployments = repository.createDeploymentQuery().count();

        HttpResponse<String> response = deployFromTheModeler(attack);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body())
                .contains("[" + attack.rule() + "]")
                .contains(attack.elementId())
                .contains(attack.fileName());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(MARKER).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("draftAttacks")
    void an_attack_as_a_workbench_draft_is_shown_on_its_element_and_cannot_be_deployed(Attack attack)
            throws IOException {
        String draft = "/api/models/" + attack.draftKey() + "/draft";
        long deployments = repository.createDeploymentQuery().count();
        HttpResponse<String> saved = api().send(
                        "owner",
                        "PUT",
                        draft,
                        new ObjectMapper()
                                .createObjectNode()
                                .put("content", attack.content())
                                .toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        JsonNode check = Api.json(api().send("owner", "POST", draft + "/check", null));

        assertThat(check.get("deployable").asBoolean()).isFalse();
        assertThat(check.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("elementId").asText()).isEqualTo(attack.elementId());
            assertThat(finding.get("rule").asText()).isEqualTo(attack.rule());
        });
        HttpResponse<String> refused = api().send(
                        "owner",
                        "POST",
                        draft + "/deploy",
                        new ObjectMapper()
                                .createObjectNode()
                                .put("reason", "An attack")
                                .toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(MARKER).doesNotExist();
    }

    private HttpResponse<String> deployFromTheModeler(Attack attack) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", DEPLOYMENT_NAME);
        fields.put("deployment-source", "Camunda Modeler");
        return api().postForm(
                        "owner",
                        "/engine-rest/deployment/create",
                        fields,
                        attack.fileName(),
                        attack.fileName(),
                        attack.content());
    }

    private Api api() {
        return new Api(port);
    }

    private static Attack investigation(String name, String shippedText, String hostileText, String rule) {
        String shipped = shipped("investigation.bpmn");
        assertThat(shipped).contains(shippedText);
        return new Attack(
                name,
                "investigation.bpmn",
                shipped.replace(shippedText, hostileText),
                "service_open_investigation",
                rule,
                "investigation");
    }

    private static Attack scriptTask(String language, String script) {
        String task = "<bpmn:scriptTask id=\"script_payload\" scriptFormat=\"" + language + "\"><bpmn:script><![CDATA["
                + script + "]]></bpmn:script></bpmn:scriptTask>\n  </bpmn:process>";
        return new Attack(
                "a script task in " + language,
                "investigation.bpmn",
                shipped("investigation.bpmn").replace("</bpmn:process>", task),
                "script_payload",
                "sandbox-script",
                "investigation");
    }

    private static String scriptListener(String language, String script) {
        return "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"" + language + "\"><![CDATA["
                + script + "]]></camunda:script></camunda:executionListener>";
    }

    private static String cmmn() {
        return """
                <definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/cmmn"
                             id="definitions_case" targetNamespace="probe">
                  <case id="case_payload">
                    <casePlanModel id="plan_payload">
                      <extensionElements>
                        <camunda:caseExecutionListener event="create" expression="${%s}"/>
                      </extensionElements>
                    </casePlanModel>
                  </case>
                </definitions>""".formatted(TOUCH);
    }

    private static String shipped(String file) {
        try {
            return Files.readString(Path.of("processes", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("safeguard-sandbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
