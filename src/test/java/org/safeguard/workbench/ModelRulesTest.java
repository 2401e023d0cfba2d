package org.safeguard.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelRulesTest {

    /** A bean exists when the process package has its class, as Spring names component beans. */
    private final ModelRules rules = new ModelRules(ModelRulesTest::processBeanExists, Set.of("engine-probe"));

    static Stream<Path> shippedModels() throws IOException {
        return Files.list(Path.of("processes"))
                .filter(p -> p.toString().endsWith(".bpmn"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedModels")
    void every_shipped_model_meets_the_rules(Path model) throws IOException {
        assertThat(rules.check(Files.readAllBytes(model))).isEmpty();
    }

    @Test
    void a_user_task_without_candidate_group_or_policy_due_date_is_found_on_that_task() {
        BpmnModelInstance model = shipped("investigation.bpmn");
        UserTask plan = model.getModelElementById("user_plan_investigation");
        plan.setCamundaCandidateGroups(null);
        plan.setCamundaDueDate("P5D");

        assertThat(rules.check(model))
                .extracting(ModelFinding::elementId, ModelFinding::rule)
                .containsExactlyInAnyOrder(
                        tuple("user_plan_investigation", "candidate-group"),
                        tuple("user_plan_investigation", "due-date"));
    }

    @Test
    void a_delegate_expression_naming_no_bean_is_found() {
        BpmnModelInstance model = shipped("investigation.bpmn");
        ServiceTask task =
                model.getModelElementsByType(ServiceTask.class).iterator().next();
        task.setCamundaDelegateExpression("${closeInvestigationDelegat}");

        assertThat(rules.check(model))
                .extracting(ModelFinding::elementId, ModelFinding::rule)
                .containsExactly(tuple(task.getId(), "delegate-bean"));
    }

    @Test
    void a_message_no_code_sends_and_a_renamed_process_are_found() {
        BpmnModelInstance model = shipped("member-state-engagement.bpmn");
        Message message = model.getModelElementById("message_member_state_response");
        message.setName("MemberStateAnswer");
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        process.setId("member-state-follow-up");

        assertThat(rules.check(model))
                .extracting(ModelFinding::elementId, ModelFinding::rule)
                .containsExactlyInAnyOrder(
                        tuple("message_member_state_response", "message-name"),
                        tuple("member-state-follow-up", "process-key"));
    }

    @Test
    void a_victims_name_passed_to_a_called_process_is_found_on_the_call_activity() {
        BpmnModelInstance model = shipped("sea-case.bpmn");
        CallActivity call = model.getModelElementById("call_victim_assistance");
        ExtensionElements extensions = call.getExtensionElements();
        CamundaIn in = model.newInstance(CamundaIn.class);
        in.setCamundaSource("victimFullName");
        in.setCamundaTarget("victimFullName");
        extensions.addChildElement(in);

        assertThat(rules.check(model))
                .extracting(ModelFinding::elementId, ModelFinding::rule)
                .containsExactly(
                        tuple("call_victim_assistance", "victim-data"), tuple("call_victim_assistance", "victim-data"));
    }

    @Test
    void identities_are_told_from_codes() {
        assertThat(List.of("victimName", "victim_contact", "phone", "dateOfBirth", "missionEmail"))
                .allMatch(ModelRules::identifiesAPerson);
        assertThat(List.of("victimId", "caseReference", "investigationOfficerName", "childVictim", "ageGroup"))
                .noneMatch(ModelRules::identifiesAPerson);
    }

    @Test
    void a_probe_model_named_exempt_is_not_checked_but_a_model_mixing_it_with_others_is() {
        BpmnModelInstance probe = Bpmn.createExecutableProcess("engine-probe")
                .startEvent()
                .userTask("user_probe")
                .endEvent()
                .done();
        BpmnModelInstance other = Bpmn.createExecutableProcess("not-a-probe")
                .startEvent()
                .userTask("user_probe")
                .endEvent()
                .done();

        assertThat(rules.check(probe)).isEmpty();
        assertThat(rules.check(other))
                .extracting(ModelFinding::rule)
                .containsExactlyInAnyOrder("process-key", "candidate-group", "due-date");
    }

    @Test
    void an_exempt_probe_is_spared_the_contract_rules_but_never_the_sandbox() {
        BpmnModelInstance probe = Bpmn.createExecutableProcess("engine-probe")
                .startEvent()
                .serviceTask("service_probe")
                .camundaClass("org.example.Payload")
                .endEvent()
                .done();

        assertThat(rules.check(probe))
                .extracting(ModelFinding::elementId, ModelFinding::rule)
                .containsExactly(tuple("service_probe", "sandbox-class"));
    }

    @Test
    void decisions_are_held_to_the_sandbox_and_files_of_other_kinds_are_refused() throws IOException {
        assertThat(rules.check("sla-policy.dmn", Files.readAllBytes(Path.of("processes", "sla-policy.dmn"))))
                .isEmpty();
        assertThat(rules.check(
                        "routing.dmn",
                        Files.readString(Path.of("processes", "investigation-routing.dmn"))
                                .replace(
                                        "<inputEntry id=\"entry_no_breach_breaches\">",
                                        "<inputEntry id=\"entry_no_breach_breaches\" expressionLanguage=\"juel\">")
                                .getBytes()))
                .extracting(ModelFinding::elementId, ModelFinding::rule)
                .containsExactly(tuple("entry_no_breach_breaches", "sandbox-expression-language"));
        assertThat(rules.check("case.cmmn", "<definitions/>".getBytes()))
                .extracting(ModelFinding::rule)
                .containsExactly("sandbox-file");
    }

    @Test
    void an_unreadable_file_is_one_finding() {
        assertThat(rules.check("<definitions".getBytes()))
                .extracting(ModelFinding::rule)
                .containsExactly("readable");
    }

    private static BpmnModelInstance shipped(String name) {
        return Bpmn.readModelFromFile(Path.of("processes", name).toFile());
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static boolean processBeanExists(String bean) {
        try {
            Class.forName("org.safeguard.process." + Character.toUpperCase(bean.charAt(0)) + bean.substring(1));
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
