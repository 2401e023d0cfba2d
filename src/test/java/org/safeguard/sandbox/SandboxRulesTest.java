package org.safeguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxRulesTest {

    /** The application's beans as far as these tests need them: the listed ones and two that are not. */
    private final SandboxRules rules = new SandboxRules(name ->
            ModelSandbox.isModelBean(name) || Set.of("dataSource", "victims").contains(name));

    static Stream<Path> shippedModels() throws IOException {
        return Files.list(Path.of("processes"))
                .filter(p -> SandboxRules.isModelFile(p.toString()))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedModels")
    void every_shipped_model_stays_inside_the_sandbox(Path model) throws IOException {
        assertThat(rules.check(model.getFileName().toString(), Files.readAllBytes(model)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"case.cmmn", "payload.js", "payload.groovy", "notes.txt", "task.form", "diagram.png"})
    void a_file_that_is_neither_bpmn_nor_dmn_is_refused_by_name(String fileName) {
        assertThat(rules.check(fileName, new byte[0]))
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("sandbox-file"))
                .satisfies(f -> assertThat(f.message()).contains(fileName));
    }

    @Test
    void an_expression_listener_calling_get_class_is_refused_on_its_task() {
        assertThat(bpmn("""
                <userTask id="user_probe">
                  <extensionElements>
                    <camunda:executionListener event="start"
                        expression="${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch x')}"/>
                  </extensionElements>
                </userTask>"""))
                .extracting(SandboxFinding::elementId, SandboxFinding::rule)
                .contains(tuple("user_probe", "sandbox-expression"));
        assertThat(messages(bpmn("<serviceTask id=\"service_probe\" camunda:expression=\"${''.class}\"/>")))
                .anySatisfy(m -> assertThat(m).contains("reads .class of the value of another call"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<serviceTask id=\"service_probe\" camunda:class=\"org.example.Payload\"/>",
                "<userTask id=\"service_probe\"><extensionElements><camunda:taskListener event=\"create\" class=\"org.example.Payload\"/></extensionElements></userTask>",
                "<callActivity id=\"service_probe\" calledElement=\"x\" camunda:variableMappingClass=\"org.example.Payload\"/>",
                "<userTask id=\"service_probe\"><extensionElements><camunda:formData><camunda:formField id=\"f\" type=\"string\"><camunda:validation><camunda:constraint name=\"validator\" config=\"org.example.Payload\"/></camunda:validation></camunda:formField></camunda:formData></extensionElements></userTask>"
            })
    void java_classes_named_in_a_model_are_refused(String element) {
        assertThat(bpmn(element))
                .extracting(SandboxFinding::elementId, SandboxFinding::rule)
                .contains(tuple("service_probe", "sandbox-class"));
    }

    @Test
    void script_tasks_are_refused_in_every_language_juel_included() {
        for (String language : List.of("javascript", "groovy", "juel")) {
            assertThat(bpmn("<scriptTask id=\"script_probe\" scriptFormat=\"" + language
                            + "\"><script>1</script></scriptTask>"))
                    .extracting(SandboxFinding::elementId, SandboxFinding::rule)
                    .contains(tuple("script_probe", "sandbox-script"));
        }
    }

    @Test
    void script_listeners_mappings_resources_and_conditions_are_refused() {
        assertThat(bpmn("""
                <userTask id="user_probe"><extensionElements>
                  <camunda:executionListener event="start"><camunda:script scriptFormat="juel">${x}</camunda:script></camunda:executionListener>
                  <camunda:inputOutput><camunda:inputParameter name="y"><camunda:script scriptFormat="javascript" resource="deployment://payload.js"/></camunda:inputParameter></camunda:inputOutput>
                </extensionElements></userTask>
                <scriptTask id="script_resource" scriptFormat="javascript" camunda:resource="classpath://payload.js"/>
                <sequenceFlow id="flow_probe" sourceRef="user_probe" targetRef="script_resource">
                  <conditionExpression xsi:type="tFormalExpression" language="javascript">true</conditionExpression>
                </sequenceFlow>"""))
                .extracting(SandboxFinding::elementId, SandboxFinding::rule)
                .contains(
                        tuple("user_probe", "sandbox-script"),
                        tuple("script_resource", "sandbox-script"),
                        tuple("flow_probe", "sandbox-script"));
    }

    @Test
    void connectors_and_external_tasks_are_refused() {
        assertThat(bpmn("""
                <serviceTask id="service_connector"><extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></extensionElements></serviceTask>
                <serviceTask id="service_external" camunda:type="external" camunda:topic="cases"/>"""))
                .extracting(SandboxFinding::elementId, SandboxFinding::rule)
                .contains(
                        tuple("service_connector", "sandbox-connector"),
                        tuple("service_external", "sandbox-external-task"));
    }

    @Test
    void a_bean_not_on_the_list_is_refused_even_when_it_exists() {
        assertThat(messages(
                        bpmn("<serviceTask id=\"service_probe\" camunda:expression=\"${dataSource.connection}\"/>")))
                .anySatisfy(m -> assertThat(m).contains("names the bean 'dataSource'"));
        assertThat(messages(bpmn("<serviceTask id=\"service_probe\" camunda:delegateExpression=\"${victims}\"/>")))
                .anySatisfy(m -> assertThat(m).contains("names the bean 'victims'"));
    }

    @Test
    void a_method_of_a_listed_bean_that_is_not_on_its_list_is_refused() {
        assertThat(
                        messages(
                                bpmn(
                                        "<userTask id=\"user_probe\" camunda:dueDate=\"${deadlines.warnings(execution, 'REVIEW', now())}\"/>")))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("calls deadlines.warnings(), which is not on the list"));
        assertThat(messages(bpmn("<userTask id=\"user_probe\" camunda:dueDate=\"${deadlines.getClass()}\"/>")))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("calls deadlines.getClass()"));
    }

    @Test
    void unlisted_members_of_the_execution_and_methods_on_returned_values_are_refused() {
        assertThat(messages(
                        bpmn("<serviceTask id=\"s\" camunda:expression=\"${execution.getProcessEngineServices()}\"/>")))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("calls execution.getProcessEngineServices()"));
        assertThat(messages(bpmn("<serviceTask id=\"s\" camunda:expression=\"${execution.bpmnModelInstance}\"/>")))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("reads execution.bpmnModelInstance"));
        assertThat(messages(bpmn(
                        "<serviceTask id=\"s\" camunda:expression=\"${caseParts.victimIds(execution).getClass()}\"/>")))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("calls getClass() on the value of another call"));
        // What versions from before the sandbox use; the engine allows it on lists, sets and maps only.
        assertThat(messages(bpmn(
                        "<serviceTask id=\"s\" camunda:expression=\"${caseParts.victimIds(execution).size() > 0}\"/>")))
                .isEmpty();
    }

    @Test
    void what_the_list_allows_passes() {
        assertThat(bpmn("""
                <serviceTask id="s" camunda:expression="${caseStatus.mark(execution, 'CLOSED')}"/>
                <userTask id="u" camunda:dueDate="${deadlines.dueFrom(execution, 'REVIEW', receivedAt)}" camunda:assignee="${task.getVariable('owner')}"/>
                <serviceTask id="d" camunda:delegateExpression="${openInvestigationDelegate}"/>
                <sequenceFlow id="f" sourceRef="s" targetRef="u"><conditionExpression xsi:type="tFormalExpression">${need == 'CHILD_SUPPORT' &amp;&amp; execution.getVariable('nationality') != null &amp;&amp; limits['days'] > 2 &amp;&amp; not empty caseParts.victimIds(execution)}</conditionExpression></sequenceFlow>
                <callActivity id="c" calledElement="investigation"><extensionElements><camunda:in businessKey="#{execution.processBusinessKey}"/></extensionElements></callActivity>
                """)).isEmpty();
    }

    @Test
    void a_decision_in_another_language_than_feel_is_refused_on_its_element() {
        assertThat(
                        dmn(
                                "<inputEntry id=\"entry_probe\" expressionLanguage=\"juel\"><text>${''.getClass()}</text></inputEntry>"))
                .extracting(SandboxFinding::elementId, SandboxFinding::rule)
                .contains(
                        tuple("entry_probe", "sandbox-expression-language"),
                        tuple("entry_probe", "sandbox-expression"));
        assertThat(
                        dmn(
                                "<inputEntry id=\"entry_probe\" expressionLanguage=\"javascript\"><text>true</text></inputEntry>"))
                .extracting(SandboxFinding::rule)
                .containsExactly("sandbox-expression-language");
        assertThat(dmn("<inputEntry id=\"entry_probe\" expressionLanguage=\"feel\"><text>\"x\"</text></inputEntry>"))
                .isEmpty();
    }

    @Test
    void a_feel_external_function_is_refused() {
        assertThat(
                        dmn(
                                "<inputEntry id=\"entry_probe\"><text>function(x) external { java: { class: \"java.lang.Runtime\", method signature: \"getRuntime()\" } }</text></inputEntry>"))
                .extracting(SandboxFinding::elementId, SandboxFinding::rule)
                .containsExactly(tuple("entry_probe", "sandbox-feel-external"));
    }

    private List<SandboxFinding> bpmn(String elements) {
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="definitions_probe" targetNamespace="probe">
                  <process id="probe" isExecutable="true">
                %s
                  </process>
                </definitions>""".formatted(elements);
        return rules.check("probe.bpmn", xml.getBytes(StandardCharsets.UTF_8));
    }

    private List<SandboxFinding> dmn(String entry) {
        String xml = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="definitions_probe" name="probe" namespace="probe">
                  <decision id="probe" name="probe"><decisionTable id="table_probe">
                    <input id="input_need"><inputExpression id="expression_need" typeRef="string"><text>need</text></inputExpression></input>
                    <output id="output_result" name="result" typeRef="string"/>
                    <rule id="rule_probe">%s<outputEntry id="output_probe"><text>"x"</text></outputEntry></rule>
                  </decisionTable></decision>
                </definitions>""".formatted(entry);
        return rules.check("probe.dmn", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> messages(List<SandboxFinding> findings) {
        return findings.stream().map(SandboxFinding::message).toList();
    }
}
