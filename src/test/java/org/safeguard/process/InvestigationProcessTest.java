package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguard.base.processes.InvestigationProcess;
import org.safeguard.base.processes.InvestigationProcess.Element;
import org.safeguard.base.processes.InvestigationProcess.Groups;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.InvestigatingBody;
import org.safeguard.investigation.InvestigationFiles;
import org.safeguard.investigation.NewInvestigation;
import org.safeguard.investigation.WarningLevel;

@Deployment(resources = "processes/investigation.bpmn")
class InvestigationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final Date DUE = at(Duration.ofDays(180));
    static final Date FIRST_WARNING = at(Duration.ofDays(90));
    static final Date SECOND_WARNING = at(Duration.ofDays(135));
    static final long INVESTIGATION_ID = 42L;
    static final long SUBJECT_GROUP_ID = 7L;

    CaseStatusMarker caseStatus = mock(CaseStatusMarker.class);
    Deadlines deadlines = mock(Deadlines.class);
    InvestigationFiles files = mock(InvestigationFiles.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(START));
        when(deadlines.due(any(DelegateExecution.class), any(String.class)))
                .thenAnswer(
                        call -> Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10))));
        when(deadlines.dueFrom(any(DelegateExecution.class), eq("INVESTIGATION"), any(Date.class)))
                .thenReturn(DUE);
        when(deadlines.warnings(any(DelegateExecution.class), eq("INVESTIGATION"), any(Date.class)))
                .thenReturn(List.of(FIRST_WARNING, SECOND_WARNING));
        when(files.open(any(NewInvestigation.class))).thenReturn(INVESTIGATION_ID);
        Mocks.register("caseStatus", caseStatus);
        Mocks.register("deadlines", deadlines);
        Mocks.register("openInvestigationDelegate", new OpenInvestigationDelegate(files, deadlines));
        Mocks.register("recordWarningDelegate", new RecordWarningDelegate(files));
        Mocks.register("recordBreachDelegate", new RecordBreachDelegate(files));
        Mocks.register("extendDeadlineDelegate", new ExtendDeadlineDelegate(files));
        Mocks.register("closeInvestigationDelegate", new CloseInvestigationDelegate(files));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void opening_records_the_investigation_marks_the_case_and_sets_the_target_clock() {
        ProcessInstance instance = start(true);

        verify(caseStatus).mark(any(DelegateExecution.class), eq("UNDER_INVESTIGATION"));
        verify(files)
                .open(new NewInvestigation(
                        "SEA-2026-000001",
                        SUBJECT_GROUP_ID,
                        InvestigatingBody.OVERSIGHT_OFFICE,
                        Date.from(START),
                        DUE));
        BpmnAwareTests.assertThat(instance)
                .variables()
                .containsEntry(Variables.INVESTIGATION_ID.name(), INVESTIGATION_ID)
                .containsEntry(Variables.DUE_AT.name(), DUE)
                .containsEntry(Variables.FIRST_WARNING_AT.name(), FIRST_WARNING)
                .containsEntry(Variables.SECOND_WARNING_AT.name(), SECOND_WARNING);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_plan_investigation.id());
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(Groups.INVESTIGATOR);
        assertThat(task(instance).getDueDate()).isEqualTo(at(Duration.ofDays(10)));
    }

    @Test
    void with_the_victims_consent_the_victim_is_interviewed_and_the_finding_is_the_output() {
        ProcessInstance instance = start(true);

        complete(instance, Element.user_plan_investigation);
        complete(instance, Element.user_interview_victim);
        workThroughReport(instance);
        review(instance, true);
        decide(instance, FindingCode.SUBSTANTIATED);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.user_interview_victim.id(), Element.end_work_done.id())
                .isEnded();
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableName(Variables.FINDING.name())
                        .singleResult()
                        .getValue())
                .isEqualTo("SUBSTANTIATED");
    }

    @Test
    void without_the_victims_consent_there_is_no_victim_interview() {
        ProcessInstance instance = start(false);

        complete(instance, Element.user_plan_investigation);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_interview_subject_and_witnesses.id());
        workThroughReport(instance);
        review(instance, true);
        decide(instance, FindingCode.NOT_SUBSTANTIATED);
        BpmnAwareTests.assertThat(instance)
                .hasNotPassed(Element.user_interview_victim.id())
                .isEnded();
    }

    @Test
    void a_report_sent_back_is_reworked_and_reviewed_again_by_a_manager() {
        ProcessInstance instance = start(false);
        complete(instance, Element.user_plan_investigation);
        workThroughReport(instance);

        BpmnAwareTests.assertThat(task(instance))
                .hasDefinitionKey(Element.user_review_report.id())
                .hasCandidateGroup(Groups.MANAGER);
        review(instance, false);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_write_report.id());
        complete(instance, Element.user_write_report);
        review(instance, true);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_decide_finding.id());
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void every_finding_is_recorded_and_ends_the_investigation(FindingCode finding) {
        ProcessInstance instance = start(false);
        complete(instance, Element.user_plan_investigation);
        workThroughReport(instance);
        review(instance, true);

        decide(instance, finding);

        verify(files).close(INVESTIGATION_ID, finding, Date.from(START));
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.service_record_finding.id())
                .isEnded();
    }

    @Test
    void the_clock_warns_at_half_and_three_quarters_of_the_time_without_interrupting_the_work() {
        ProcessInstance instance = start(true);

        executeDueJobsAt(FIRST_WARNING);
        verify(files).recordWarning(INVESTIGATION_ID, WarningLevel.FIRST, instance.getId());
        verify(files, never()).recordWarning(INVESTIGATION_ID, WarningLevel.SECOND, instance.getId());

        executeDueJobsAt(SECOND_WARNING);
        verify(files).recordWarning(INVESTIGATION_ID, WarningLevel.SECOND, instance.getId());
        verify(files, never()).recordBreach(anyLong());
        BpmnAwareTests.assertThat(instance)
                .isWaitingAt(Element.user_plan_investigation.id(), Element.timer_breach.id());
    }

    @Test
    void a_breach_escalates_to_a_manager_while_the_work_goes_on() {
        ProcessInstance instance = start(true);

        executeDueJobsAt(DUE);

        verify(files).recordBreach(INVESTIGATION_ID);
        BpmnAwareTests.assertThat(instance)
                .isWaitingAt(Element.user_plan_investigation.id(), Element.user_handle_escalation.id());
        Task escalation = taskOf(instance, Element.user_handle_escalation);
        BpmnAwareTests.assertThat(escalation).hasCandidateGroup(Groups.MANAGER);
        verify(deadlines).due(any(DelegateExecution.class), eq("ESCALATION"));
    }

    @Test
    void an_investigation_still_overdue_after_the_escalation_is_escalated_again() {
        ProcessInstance instance = start(true);
        executeDueJobsAt(DUE);

        complete(instance, Element.user_handle_escalation);
        executeDueJobsAt(Date.from(DUE.toInstant().plus(Duration.ofDays(10))));

        verify(files, times(2)).recordBreach(INVESTIGATION_ID);
        BpmnAwareTests.assertThat(instance)
                .isWaitingAt(Element.user_plan_investigation.id(), Element.user_handle_escalation.id());
    }

    @Test
    void an_approved_extension_moves_the_clock_so_the_old_date_passes_without_a_breach() {
        ProcessInstance instance = start(true);
        executeDueJobsAt(SECOND_WARNING);
        Date newDue = Date.from(DUE.toInstant().plus(Duration.ofDays(60)));

        requestExtension();
        Task decision = taskOf(instance, Element.user_approve_extension);
        BpmnAwareTests.assertThat(decision).hasCandidateGroup(Groups.MANAGER);
        engine.getTaskService()
                .complete(
                        decision.getId(),
                        Map.of(Variables.EXTENSION_APPROVED.name(), true, Variables.EXTENDED_DUE_AT.name(), newDue));

        verify(files).extend(INVESTIGATION_ID, newDue);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_clock_moved.id())
                .variables()
                .containsEntry(Variables.DUE_AT.name(), newDue);
        executeDueJobsAt(DUE);
        verify(files, never()).recordBreach(anyLong());
        executeDueJobsAt(newDue);
        verify(files).recordBreach(INVESTIGATION_ID);
        verify(files, times(2)).recordWarning(INVESTIGATION_ID, WarningLevel.SECOND, instance.getId());
    }

    @Test
    void a_refused_extension_leaves_the_target_date_as_it_was() {
        ProcessInstance instance = start(true);

        requestExtension();
        engine.getTaskService()
                .complete(
                        taskOf(instance, Element.user_approve_extension).getId(),
                        Map.of(Variables.EXTENSION_APPROVED.name(), false));

        BpmnAwareTests.assertThat(instance).hasPassed(Element.end_extension_refused.id());
        verify(files, never()).extend(anyLong(), any(Date.class));
        executeDueJobsAt(DUE);
        verify(files).recordBreach(INVESTIGATION_ID);
    }

    @Test
    void finishing_the_work_stops_the_clock() {
        ProcessInstance instance = start(false);
        executeDueJobsAt(DUE);
        requestExtension();

        complete(instance, Element.user_plan_investigation);
        workThroughReport(instance);
        review(instance, true);
        decide(instance, FindingCode.CLOSED_OTHER);

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    private ProcessInstance start(boolean victimConsent) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, "SEA-2026-000001");
        Variables.SUBJECT_GROUP_ID.put(variables, SUBJECT_GROUP_ID);
        Variables.PERSONNEL_CATEGORY.put(variables, "MILITARY_CONTINGENT");
        Variables.NATIONALITY.put(variables, "FR");
        Variables.MINOR_INVOLVED.put(variables, false);
        Variables.ALLEGATION_TYPE.put(variables, "EXPLOITATION");
        Variables.INVESTIGATING_BODY.put(variables, "OVERSIGHT_OFFICE");
        Variables.VICTIM_CONSENT_TO_SHARE.put(variables, victimConsent);
        return engine.getRuntimeService()
                .startProcessInstanceByKey(InvestigationProcess.KEY, "SEA-2026-000001", variables);
    }

    private void workThroughReport(ProcessInstance instance) {
        complete(instance, Element.user_interview_subject_and_witnesses);
        complete(instance, Element.user_gather_evidence);
        complete(instance, Element.user_write_report);
    }

    private void review(ProcessInstance instance, boolean accepted) {
        engine.getTaskService()
                .complete(
                        taskOf(instance, Element.user_review_report).getId(),
                        Map.of(Variables.REPORT_ACCEPTED.name(), accepted));
    }

    private void decide(ProcessInstance instance, FindingCode finding) {
        engine.getTaskService()
                .complete(
                        taskOf(instance, Element.user_decide_finding).getId(),
                        Map.of(Variables.FINDING.name(), finding.name()));
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

    private void requestExtension() {
        engine.getRuntimeService()
                .createMessageCorrelation(InvestigationProcess.EXTENSION_REQUESTED_MESSAGE)
                .processInstanceVariableEquals(Variables.SUBJECT_GROUP_ID.name(), SUBJECT_GROUP_ID)
                .correlate();
    }

    /** Moves the engine clock and fires every timer due by then, as the job executor would. */
    private void executeDueJobsAt(Date when) {
        ClockUtil.setCurrentTime(when);
        List<Job> due =
                engine.getManagementService().createJobQuery().executable().list();
        while (!due.isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
            due = engine.getManagementService().createJobQuery().executable().list();
        }
    }

    private static Date at(Duration afterStart) {
        return Date.from(START.plus(afterStart));
    }
}
