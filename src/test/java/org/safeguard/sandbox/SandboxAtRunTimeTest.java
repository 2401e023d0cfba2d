package org.safeguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.process.CaseStatusMarker;
import org.safeguard.process.Deadlines;
import org.safeguard.process.NeedCodes;

/**
 * The run-time half of the sandbox, with no deployment check in front of it: the process-test
 * engine registers the same {@code SandboxEnginePlugin} as the application (with mocks as beans),
 * and hostile models deployed through the engine's Java API fail when they would run, with the
 * sandbox's reason, and their payload (creating a marker file) never runs.
 */
class SandboxAtRunTimeTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder(
                    "process-test-engine.cfg.xml")
            .build();

    @TempDir
    Path directory;

    ProcessEngine engine;

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        engine.getRepositoryService()
                .createDeploymentQuery()
                .list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    private String touch() {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + directory.resolve("pwned") + "')}";
    }

    private Path marker() {
        return directory.resolve("pwned");
    }

    @Test
    void the_engine_runs_with_cmmn_switched_off() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isCmmnEnabled())
                .isFalse();
    }

    @Test
    void a_listener_reaching_for_the_runtime_is_refused_before_it_runs() {
        String payload = touch();
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .userTask("user_wait")
                .camundaExecutionListenerExpression("start", payload)
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Safeguard's model sandbox refuses the call getClass() on a value of type "
                        + "java.lang.String in expression " + payload);
        assertThat(marker()).doesNotExist();
    }

    @Test
    void a_refused_expression_in_a_job_becomes_an_incident_and_never_runs() {
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .serviceTask("service_hostile")
                .camundaAsyncBefore()
                .camundaExpression(touch())
                .endEvent()
                .done());
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("hostile");

        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .singleResult();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("Safeguard's model sandbox refuses");
        }

        Incident incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo("service_hostile");
        assertThat(incident.getIncidentMessage()).contains("Safeguard's model sandbox refuses");
        assertThat(marker()).doesNotExist();
    }

    @Test
    void a_bean_not_on_the_list_is_refused_even_when_it_exists() {
        Mocks.register("dataSource", mock(DataSource.class));
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .serviceTask("service_hostile")
                .camundaExpression("${dataSource.connection}")
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .hasMessageContaining("Safeguard's model sandbox refuses the bean 'dataSource', which is not on the "
                        + "list of beans models may use in expression ${dataSource.connection}");
    }

    @Test
    void a_method_of_a_listed_bean_that_is_not_on_its_list_is_refused() {
        Mocks.register("deadlines", mock(Deadlines.class));
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .serviceTask("service_hostile")
                .camundaExpression("${deadlines.warnings(execution, 'REVIEW', now())}")
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .hasMessageContaining("Safeguard's model sandbox refuses the call warnings() on the bean deadlines");
    }

    @Test
    void a_method_called_on_a_listed_bean_s_class_is_refused() {
        Mocks.register("deadlines", mock(Deadlines.class));
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .serviceTask("service_hostile")
                .camundaExpression("${deadlines.getClass().forName('java.lang.Runtime')}")
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .hasMessageContaining("Safeguard's model sandbox refuses the call getClass() on the bean deadlines");
    }

    @Test
    void engine_services_are_out_of_reach_through_the_execution() {
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .serviceTask("service_hostile")
                .camundaExpression("${execution.processEngineServices.runtimeService}")
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .hasMessageContaining(
                        "Safeguard's model sandbox refuses reading .processEngineServices of the execution");
    }

    @Test
    void a_script_task_in_javascript_is_refused_when_it_would_run() {
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .scriptTask("script_hostile")
                .scriptFormat("javascript")
                .scriptText("java.lang.Runtime.getRuntime().exec('touch " + marker() + "')")
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .hasStackTraceContaining("Safeguard's model sandbox refuses running a script in javascript");
        assertThat(marker()).doesNotExist();
    }

    @Test
    void a_script_task_in_juel_is_refused_when_it_would_run() {
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .scriptTask("script_hostile")
                .scriptFormat("juel")
                .scriptText(touch())
                .endEvent()
                .done());

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("hostile"))
                .hasStackTraceContaining("Safeguard's model sandbox refuses running a script in juel");
        assertThat(marker()).doesNotExist();
    }

    @Test
    void a_juel_input_entry_of_a_decision_is_refused_when_evaluated() {
        engine.getRepositoryService()
                .createDeployment()
                .addString("hostile.dmn", decisionWithInputEntry("juel", touch()))
                .deploy();

        assertThatThrownBy(() -> engine.getDecisionService()
                        .evaluateDecisionTableByKey("hostile", Variables.putValue("need", "x")))
                .hasStackTraceContaining("Safeguard's model sandbox refuses the call getClass()");
        assertThat(marker()).doesNotExist();
    }

    @Test
    void a_javascript_input_entry_of_a_decision_is_refused_when_evaluated() {
        engine.getRepositoryService()
                .createDeployment()
                .addString("hostile.dmn", decisionWithInputEntry("javascript", "cellInput == 'x'"))
                .deploy();

        assertThatThrownBy(() -> engine.getDecisionService()
                        .evaluateDecisionTableByKey("hostile", Variables.putValue("need", "x")))
                .hasStackTraceContaining("Safeguard's model sandbox refuses running a script in javascript");
    }

    @Test
    void a_feel_external_java_function_does_not_run() {
        engine.getRepositoryService()
                .createDeployment()
                .addString("external.dmn", """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="definitions_external"
                             name="external" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="feel_external" name="feel_external">
                    <variable id="variable_result" name="result" typeRef="number"/>
                    <literalExpression id="literal_external">
                      <text>{ f: function(a, b) external { java: { class: "java.lang.Math", method signature: "max(int, int)" } }, r: f(1, 2) }.r</text>
                    </literalExpression>
                  </decision>
                </definitions>""")
                .deploy();

        assertThatThrownBy(() -> engine.getDecisionService()
                        .evaluateDecisionByKey("feel_external")
                        .evaluate())
                .hasStackTraceContaining("External functions are disabled");
    }

    @Test
    void variables_listed_beans_the_execution_and_collections_still_work_under_the_sandbox() {
        CaseStatusMarker caseStatus = mock(CaseStatusMarker.class);
        Mocks.register("caseStatus", caseStatus);
        Mocks.register("needCodes", new NeedCodes());
        deploy(Bpmn.createExecutableProcess("allowed")
                .startEvent()
                .serviceTask("service_split")
                .camundaExpression("${needCodes.split(needs)}")
                .camundaResultVariable("codes")
                .serviceTask("service_key")
                .camundaExpression("#{execution.processBusinessKey}")
                .camundaResultVariable("key")
                .serviceTask("service_first")
                .camundaExpression("${codes[0]}")
                .camundaResultVariable("first")
                .serviceTask("service_limit")
                .camundaExpression("${limits['days'] + 1}")
                .camundaResultVariable("days")
                .userTask("user_wait")
                .camundaExecutionListenerExpression("start", "${caseStatus.mark(execution, 'CLOSED')}")
                .endEvent()
                .done());

        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "allowed", "SEA-1", Map.of("needs", "MEDICAL, SHELTER", "limits", Map.of("days", 4)));

        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .containsEntry("codes", List.of("MEDICAL", "SHELTER"))
                .containsEntry("key", "SEA-1")
                .containsEntry("first", "MEDICAL")
                .containsEntry("days", 5L);
        verify(caseStatus).mark(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq("CLOSED"));
    }

    @Test
    void a_method_on_a_returned_list_is_refused_but_its_size() {
        Mocks.register("needCodes", new NeedCodes());
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .serviceTask("service_hostile")
                .camundaExpression("${needCodes.split(needs).getClass()}")
                .endEvent()
                .done());

        assertThatThrownBy(() ->
                        engine.getRuntimeService().startProcessInstanceByKey("hostile", Map.of("needs", "MEDICAL")))
                .hasMessageContaining("Safeguard's model sandbox refuses the call getClass() on a value of type");
    }

    @Test
    void a_model_deployed_before_the_sandbox_still_counts_a_returned_list() {
        Mocks.register("needCodes", new NeedCodes());
        deploy(Bpmn.createExecutableProcess("older")
                .startEvent()
                .serviceTask("service_count")
                .camundaExpression("${needCodes.split(needs).size()}")
                .camundaResultVariable("count")
                .userTask("user_wait")
                .endEvent()
                .done());

        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey("older", Map.of("needs", "MEDICAL, SHELTER"))
                .getId();

        assertThat(engine.getRuntimeService().getVariable(instance, "count")).isEqualTo(2);
    }

    @Test
    void size_is_refused_on_anything_but_a_list_set_or_map() {
        deploy(Bpmn.createExecutableProcess("hostile")
                .startEvent()
                .serviceTask("service_hostile")
                .camundaExpression("${name.size()}")
                .endEvent()
                .done());

        assertThatThrownBy(() ->
                        engine.getRuntimeService().startProcessInstanceByKey("hostile", Map.of("name", "a string")))
                .hasMessageContaining(
                        "Safeguard's model sandbox refuses the call size() on a value of type java.lang.String");
    }

    private void deploy(BpmnModelInstance model) {
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("hostile.bpmn", model)
                .deploy();
    }

    private static String decisionWithInputEntry(String language, String entry) {
        return """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="definitions_hostile"
                             name="hostile" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="hostile" name="hostile">
                    <decisionTable id="table_hostile">
                      <input id="input_need"><inputExpression id="expression_need" typeRef="string"><text>need</text></inputExpression></input>
                      <output id="output_result" name="result" typeRef="string"/>
                      <rule id="rule_hostile">
                        <inputEntry id="entry_hostile" expressionLanguage="%s"><text><![CDATA[%s]]></text></inputEntry>
                        <outputEntry id="output_hostile"><text>"matched"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(language, entry);
    }
}
