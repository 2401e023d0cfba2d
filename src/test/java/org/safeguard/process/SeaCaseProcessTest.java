package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguard.process.SeaCaseProcess.Element;
import org.safeguard.process.SeaCaseProcess.Variables;

@Deployment(resources = "processes/sea-case.bpmn")
class SeaCaseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
            .assertClassCoverageAtLeast(0.9).build();

    static final Date DUE = Date.from(Instant.parse("2026-11-27T09:30:00Z"));

    CaseStatusMarker caseStatus = mock(CaseStatusMarker.class);
    Deadlines deadlines = mock(Deadlines.class);

    @BeforeEach
    void registerBeans() {
        when(deadlines.dueFrom(any(DelegateExecution.class), eq("PRELIMINARY_ASSESSMENT"), any(Date.class))).thenReturn(DUE);
        Mocks.register("caseStatus", caseStatus);
        Mocks.register("deadlines", deadlines);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    @Test
    void a_received_case_waits_for_the_intake_group_to_assess_it_by_its_due_date() {
        ProcessInstance instance = start();

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_assess_allegation.id());
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(SeaCaseProcess.Groups.INTAKE).isNotAssigned();
        assertThat(task(instance).getDueDate()).isEqualTo(DUE);
        verify(deadlines).dueFrom(any(DelegateExecution.class), eq("PRELIMINARY_ASSESSMENT"),
                eq(Date.from(Instant.parse("2026-11-20T09:30:00Z"))));
    }

    @Test
    void reaching_the_assessment_marks_the_case_under_assessment() {
        start();

        verify(caseStatus).mark(any(DelegateExecution.class), eq("UNDER_ASSESSMENT"));
    }

    @Test
    void the_case_ends_once_assessed() {
        ProcessInstance instance = start();

        complete(task(instance));

        BpmnAwareTests.assertThat(instance).hasPassed(Element.user_assess_allegation.id())
                .isEnded();
    }

    private ProcessInstance start() {
        RuntimeService runtime = engine.getRuntimeService();
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, "SEA-2026-000001");
        Variables.RECEIVED_AT.put(variables, Date.from(Instant.parse("2026-11-20T09:30:00Z")));
        Variables.MINOR_INVOLVED.put(variables, false);
        return runtime.startProcessInstanceByKey(SeaCaseProcess.KEY, "SEA-2026-000001", variables);
    }
}
