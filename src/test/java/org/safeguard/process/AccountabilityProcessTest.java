package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.base.processes.AccountabilityProcess;
import org.safeguard.base.processes.AccountabilityProcess.Element;
import org.safeguard.base.processes.AccountabilityProcess.Groups;
import org.safeguard.base.processes.AccountabilityProcess.Variables;

@Deployment(resources = {"processes/accountability.bpmn", "stubs/member-state-engagement-reporting-actions.bpmn"})
class AccountabilityProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final Date DUE = Date.from(Instant.parse("2026-06-15T09:00:00Z"));

    Deadlines deadlines = mock(Deadlines.class);

    @BeforeEach
    void registerBeans() {
        when(deadlines.due(any(DelegateExecution.class), any(String.class))).thenReturn(DUE);
        Mocks.register("deadlines", deadlines);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MILITARY_CONTINGENT", "FORMED_POLICE_UNIT", "INDIVIDUAL_POLICE", "MILITARY_OBSERVER"})
    void for_uniformed_personnel_the_member_state_reports_actions_taken_while_payments_are_recorded(String category) {
        ProcessInstance instance = start(category);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.call_member_state_actions.id())
                .isWaitingAt(Element.user_record_withheld_payments.id());
        assertThat(variableOfCalledProcess(Variables.PURPOSE.name()))
                .isEqualTo(AccountabilityProcess.PURPOSE_ACTIONS_TAKEN);
        assertThat(variableOfCalledProcess(Variables.NATIONALITY.name())).isEqualTo("FR");
        BpmnAwareTests.assertThat(instance)
                .variables()
                .containsEntry(Variables.ENGAGEMENT_OUTCOME.name(), "ACTIONS_REPORTED");
        BpmnAwareTests.assertThat(taskOf(instance, Element.user_record_withheld_payments))
                .hasCandidateGroup(Groups.CONDUCT_OFFICER);

        complete(instance, Element.user_record_withheld_payments);
        enterInScreeningDatabase(instance);

        BpmnAwareTests.assertThat(instance)
                .hasNotPassed(Element.user_decide_disciplinary_measures.id(), Element.user_record_entity_measures.id())
                .isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CIVILIAN_STAFF", "VOLUNTEER", "CONSULTANT_CONTRACTOR"})
    void for_staff_a_manager_decides_the_disciplinary_measures(String category) {
        ProcessInstance instance = start(category);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_decide_disciplinary_measures.id());
        Task decision = taskOf(instance, Element.user_decide_disciplinary_measures);
        BpmnAwareTests.assertThat(decision).hasCandidateGroup(Groups.MANAGER);
        assertThat(decision.getDueDate()).isEqualTo(DUE);

        complete(instance, Element.user_decide_disciplinary_measures);
        enterInScreeningDatabase(instance);

        BpmnAwareTests.assertThat(instance)
                .hasNotPassed(Element.call_member_state_actions.id())
                .isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMPLEMENTING_PARTNER", "NON_UN_FORCE"})
    void for_others_the_measures_of_the_responsible_entity_are_recorded(String category) {
        ProcessInstance instance = start(category);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_record_entity_measures.id());
        complete(instance, Element.user_record_entity_measures);
        enterInScreeningDatabase(instance);

        BpmnAwareTests.assertThat(instance)
                .hasNotPassed(Element.call_member_state_actions.id(), Element.user_decide_disciplinary_measures.id())
                .isEnded();
    }

    @Test
    void every_path_ends_with_the_screening_database_entry_by_a_conduct_officer() {
        ProcessInstance instance = start("VOLUNTEER");
        complete(instance, Element.user_decide_disciplinary_measures);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_enter_screening_database.id());
        BpmnAwareTests.assertThat(taskOf(instance, Element.user_enter_screening_database))
                .hasCandidateGroup(Groups.CONDUCT_OFFICER);
    }

    private ProcessInstance start(String category) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, "SEA-2026-000001");
        Variables.SUBJECT_GROUP_ID.put(variables, 7L);
        Variables.PERSONNEL_CATEGORY.put(variables, category);
        Variables.NATIONALITY.put(variables, "FR");
        Variables.MINOR_INVOLVED.put(variables, false);
        Variables.ALLEGATION_TYPE.put(variables, "EXPLOITATION");
        Variables.ENTITY.put(variables, "MINUSCA");
        return engine.getRuntimeService()
                .startProcessInstanceByKey(AccountabilityProcess.KEY, "SEA-2026-000001", variables);
    }

    private void enterInScreeningDatabase(ProcessInstance instance) {
        complete(instance, Element.user_enter_screening_database);
    }

    private void complete(ProcessInstance instance, Element step) {
        engine.getTaskService().complete(taskOf(instance, step).getId());
    }

    private static Task taskOf(ProcessInstance instance, Element step) {
        return taskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(step.id())
                .singleResult();
    }

    private Object variableOfCalledProcess(String name) {
        HistoricVariableInstance variable = engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processDefinitionKey(AccountabilityProcess.MEMBER_STATE_ENGAGEMENT_KEY)
                .variableName(name)
                .singleResult();
        return variable.getValue();
    }
}
