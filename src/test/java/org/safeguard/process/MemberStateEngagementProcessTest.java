package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.processes.MemberStateEngagementProcess.Element;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.memberstate.EngagementNotAwaitingReplyException;
import org.safeguard.memberstate.EngagementNotAwaitingReplyException.Reason;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.MemberStateReplied;
import org.safeguard.memberstate.NewEngagement;
import org.safeguard.memberstate.ReplyKind;

/**
 * Every path and timer of {@code member-state-engagement}. The real delegates and the real
 * listeners run against a mocked feature service and mocked deadlines: 10, 20 and 30 working days
 * from the note are pinned to 14, 28 and 42 calendar days, a follow-up cycle to 90 days.
 */
@Deployment(resources = "processes/member-state-engagement.bpmn")
class MemberStateEngagementProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final long ENGAGEMENT_ID = 42L;
    static final Instant STARTED = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant NOTE_SENT = Instant.parse("2026-11-03T09:00:00Z");
    static final Date NOTE_DUE = Date.from(Instant.parse("2026-11-03T17:00:00Z"));
    static final Instant REMINDER = NOTE_SENT.plus(Duration.ofDays(14));
    static final Instant ESCALATION = NOTE_SENT.plus(Duration.ofDays(28));
    static final Instant SENIOR_ESCALATION = NOTE_SENT.plus(Duration.ofDays(42));

    MemberStateEngagements engagements = mock(MemberStateEngagements.class);
    Deadlines deadlines = mock(Deadlines.class);
    CaseStatusMarker caseStatus = mock(CaseStatusMarker.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(STARTED));
        when(engagements.open(any(NewEngagement.class))).thenReturn(ENGAGEMENT_ID);
        when(deadlines.due(any(DelegateExecution.class), anyString())).thenReturn(NOTE_DUE);
        pin("MEMBER_STATE_REMINDER", Duration.ofDays(14));
        pin("MEMBER_STATE_ESCALATION", Duration.ofDays(28));
        pin("MEMBER_STATE_SENIOR_ESCALATION", Duration.ofDays(42));
        pin("ACTIONS_REPORTED", Duration.ofDays(90));
        Mocks.register("deadlines", deadlines);
        Mocks.register("caseStatus", caseStatus);
        Mocks.register("openEngagementDelegate", new OpenEngagementDelegate(engagements));
        Mocks.register("recordReminderDelegate", new RecordReminderDelegate(engagements));
        Mocks.register(
                "escalateToPermanentRepresentativeDelegate",
                new EscalateToPermanentRepresentativeDelegate(engagements));
        Mocks.register("escalateToSeniorLeadershipDelegate", new EscalateToSeniorLeadershipDelegate(engagements));
        Mocks.register("closeWithoutResponseDelegate", new CloseWithoutResponseDelegate(engagements));
        Mocks.register("recordFollowUpDelegate", new RecordFollowUpDelegate(engagements));
        Mocks.register("closeEngagementDelegate", new CloseEngagementDelegate(engagements));
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void the_note_verbale_of_another_engagement_or_step_completes_no_task() {
        ProcessInstance instance = start(EngagementPurpose.NOTIFICATION);
        org.safeguard.base.tasks.OpenTasks tasks = openTasks();
        String noteTask = task(instance).getId();

        assertThatThrownBy(() -> tasks.openOf(
                        MemberStateEngagementProcess.KEY,
                        noteTask,
                        Element.user_send_note_verbale.id(),
                        Variables.ENGAGEMENT_ID,
                        ENGAGEMENT_ID + 1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.openOf(
                        MemberStateEngagementProcess.KEY,
                        noteTask,
                        Element.user_provide_information.id(),
                        Variables.ENGAGEMENT_ID,
                        ENGAGEMENT_ID))
                .isInstanceOf(NotFoundException.class);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_send_note_verbale.id());
    }

    @Test
    void the_engagement_is_recorded_and_the_intake_group_sends_the_note_verbale_by_its_due_date() {
        ProcessInstance instance = start(EngagementPurpose.NOTIFICATION);

        verify(engagements).open(new NewEngagement("SEA-2026-000001", 7L, "FR", EngagementPurpose.NOTIFICATION));
        BpmnAwareTests.assertThat(instance)
                .isWaitingAt(Element.user_send_note_verbale.id())
                .variables()
                .containsEntry(Variables.ENGAGEMENT_ID.name(), ENGAGEMENT_ID);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(MemberStateEngagementProcess.Groups.INTAKE);
        assertThat(task(instance).getDueDate()).isEqualTo(NOTE_DUE);
    }

    @Test
    void once_the_note_verbale_is_sent_the_engagement_waits_for_the_reply_under_the_ladder() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        BpmnAwareTests.assertThat(instance)
                .isWaitingAt(Element.receive_member_state_response.id())
                .variables()
                .containsEntry(Variables.NOTE_SENT_AT.name(), Date.from(NOTE_SENT));
        assertThat(timerDueDates(instance))
                .containsExactlyInAnyOrder(Date.from(REMINDER), Date.from(ESCALATION), Date.from(SENIOR_ESCALATION));
    }

    @Test
    void a_reply_before_the_reminder_closes_the_engagement_with_the_member_state_investigating() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        reply(ReplyKind.WILL_INVESTIGATE);

        assertClosedWith(instance, EngagementOutcome.MEMBER_STATE_INVESTIGATES);
        verify(engagements, never()).recordStep(eq(ENGAGEMENT_ID), any(), any());
    }

    @Test
    void nothing_happens_a_minute_before_the_reminder_is_due() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        moveTo(REMINDER.minusSeconds(60));

        verify(engagements, never()).recordStep(eq(ENGAGEMENT_ID), any(), any());
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.receive_member_state_response.id());
    }

    @Test
    void silent_member_state_is_reminded_after_ten_working_days() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        moveTo(REMINDER);

        verify(engagements).recordStep(ENGAGEMENT_ID, EngagementStepKind.REMINDER, null);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_reminder_recorded.id())
                .isWaitingAt(Element.receive_member_state_response.id());
    }

    @Test
    void silent_member_state_is_walked_up_the_whole_ladder_to_no_response() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        moveTo(REMINDER);
        moveTo(ESCALATION);
        verify(engagements).recordStep(ENGAGEMENT_ID, EngagementStepKind.ESCALATION_PERMANENT_REPRESENTATIVE, null);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_escalation_recorded.id())
                .isWaitingAt(Element.receive_member_state_response.id());
        moveTo(SENIOR_ESCALATION);

        verify(engagements)
                .recordStep(
                        ENGAGEMENT_ID,
                        EngagementStepKind.ESCALATION_SENIOR_LEADERSHIP,
                        EscalateToSeniorLeadershipDelegate.PENDING_WITH_MEMBER_STATE);
        verify(engagements).close(ENGAGEMENT_ID, EngagementOutcome.NO_RESPONSE);
        verify(caseStatus).mark(any(), eq("PENDING_WITH_MEMBER_STATE"));
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_no_response.id())
                .isEnded();
        assertThat(outcome(instance)).isEqualTo("NO_RESPONSE");
        verify(engagements, times(1)).recordStep(ENGAGEMENT_ID, EngagementStepKind.REMINDER, null);
    }

    @Test
    void a_late_reply_after_the_escalation_is_still_accepted() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);
        moveTo(REMINDER);
        moveTo(ESCALATION);

        reply(ReplyKind.WILL_INVESTIGATE);

        assertClosedWith(instance, EngagementOutcome.MEMBER_STATE_INVESTIGATES);
        verify(engagements, never())
                .recordStep(eq(ENGAGEMENT_ID), eq(EngagementStepKind.ESCALATION_SENIOR_LEADERSHIP), any());
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void a_member_state_that_declines_closes_the_engagement_as_declined() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        reply(ReplyKind.DECLINES);

        assertClosedWith(instance, EngagementOutcome.DECLINED);
    }

    @Test
    void a_joint_investigation_closes_the_engagement_as_joint() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        reply(ReplyKind.JOINT);

        assertClosedWith(instance, EngagementOutcome.JOINT_INVESTIGATION);
    }

    @Test
    void information_requested_is_provided_by_the_intake_group_and_the_engagement_keeps_waiting() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);

        reply(ReplyKind.REQUESTS_INFORMATION);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_provide_information.id());
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(MemberStateEngagementProcess.Groups.INTAKE);
        officerCompletes(instance, Element.user_provide_information, Map.of());

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.receive_member_state_response.id());
        reply(ReplyKind.WILL_INVESTIGATE);
        assertClosedWith(instance, EngagementOutcome.MEMBER_STATE_INVESTIGATES);
    }

    @Test
    void the_ladder_keeps_counting_while_information_is_provided_and_reminds_only_once() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);
        reply(ReplyKind.REQUESTS_INFORMATION);

        moveTo(REMINDER);
        officerCompletes(instance, Element.user_provide_information, Map.of());
        moveTo(REMINDER.plusSeconds(3600));

        verify(engagements, times(1)).recordStep(ENGAGEMENT_ID, EngagementStepKind.REMINDER, null);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.receive_member_state_response.id());
    }

    @Test
    void a_reply_while_nothing_waits_for_it_is_refused_with_the_reason_and_changes_nothing_in_the_engine() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.NOTIFICATION);
        reply(ReplyKind.REQUESTS_INFORMATION);

        assertThatThrownBy(() -> reply(ReplyKind.WILL_INVESTIGATE))
                .isInstanceOfSatisfying(
                        EngagementNotAwaitingReplyException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.INFORMATION_BEING_PROVIDED));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_provide_information.id());
    }

    @Test
    void actions_taken_are_followed_up_every_ninety_days_until_reported() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.ACTIONS_TAKEN);
        reply(ReplyKind.ACKNOWLEDGED);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.gateway_await_actions_report.id());

        Instant firstFollowUp = NOTE_SENT.plus(Duration.ofDays(90));
        moveTo(firstFollowUp.minusSeconds(60));
        verify(engagements, never()).recordStep(ENGAGEMENT_ID, EngagementStepKind.FOLLOW_UP, null);
        moveTo(firstFollowUp);
        moveTo(firstFollowUp.plus(Duration.ofDays(90)));
        verify(engagements, times(2)).recordStep(ENGAGEMENT_ID, EngagementStepKind.FOLLOW_UP, null);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.gateway_await_actions_report.id());

        reply(ReplyKind.ACTIONS_REPORTED);
        assertClosedWith(instance, EngagementOutcome.ACTIONS_REPORTED);
    }

    @Test
    void another_acknowledgement_while_following_up_restarts_the_cycle() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.ACTIONS_TAKEN);
        reply(ReplyKind.ACKNOWLEDGED);
        moveTo(NOTE_SENT.plus(Duration.ofDays(60)));

        reply(ReplyKind.ACKNOWLEDGED);
        moveTo(NOTE_SENT.plus(Duration.ofDays(100)));

        verify(engagements, never()).recordStep(ENGAGEMENT_ID, EngagementStepKind.FOLLOW_UP, null);
        assertThat(timerDueDates(instance)).containsExactly(Date.from(NOTE_SENT.plus(Duration.ofDays(150))));
    }

    @Test
    void actions_reported_straight_away_close_the_engagement_without_follow_up() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.ACTIONS_TAKEN);

        reply(ReplyKind.ACTIONS_REPORTED);

        assertClosedWith(instance, EngagementOutcome.ACTIONS_REPORTED);
        BpmnAwareTests.assertThat(instance).hasNotPassed(Element.gateway_await_actions_report.id());
    }

    @Test
    void a_paternity_claim_is_acknowledged_through_the_same_ladder() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.PATERNITY);
        moveTo(REMINDER);

        reply(ReplyKind.ACKNOWLEDGED);

        verify(engagements).recordStep(ENGAGEMENT_ID, EngagementStepKind.REMINDER, null);
        assertClosedWith(instance, EngagementOutcome.ACKNOWLEDGED);
    }

    @Test
    void a_paternity_claim_left_unanswered_ends_with_no_response() {
        ProcessInstance instance = startAndSendNote(EngagementPurpose.PATERNITY);

        moveTo(SENIOR_ESCALATION);

        assertThat(outcome(instance)).isEqualTo("NO_RESPONSE");
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_no_response.id())
                .isEnded();
    }

    private void pin(String clock, Duration after) {
        when(deadlines.dueFrom(any(DelegateExecution.class), eq(clock), any(Date.class)))
                .thenAnswer(
                        call -> Date.from(call.<Date>getArgument(2).toInstant().plus(after)));
    }

    private ProcessInstance start(EngagementPurpose purpose) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, "SEA-2026-000001");
        Variables.SUBJECT_GROUP_ID.put(variables, 7L);
        Variables.NATIONALITY.put(variables, "FR");
        Variables.PURPOSE.put(variables, purpose.name());
        return engine.getRuntimeService()
                .startProcessInstanceByKey(MemberStateEngagementProcess.KEY, "SEA-2026-000001", variables);
    }

    private ProcessInstance startAndSendNote(EngagementPurpose purpose) {
        ProcessInstance instance = start(purpose);
        ClockUtil.setCurrentTime(Date.from(NOTE_SENT));
        officerCompletes(
                instance,
                Element.user_send_note_verbale,
                ProcessVariables.with(Variables.NOTE_SENT_AT, Date.from(NOTE_SENT))
                        .asMap());
        return instance;
    }

    /**
     * What the memberstate feature does once it has recorded the officer's work: completes the task
     * only if it is that step of this engagement.
     */
    private void officerCompletes(ProcessInstance instance, Element step, Map<String, Object> variables) {
        org.safeguard.base.tasks.OpenTasks tasks = openTasks();
        tasks.complete(
                tasks.openOf(
                        MemberStateEngagementProcess.KEY,
                        task(instance).getId(),
                        step.id(),
                        Variables.ENGAGEMENT_ID,
                        ENGAGEMENT_ID),
                variables);
    }

    /** What the memberstate feature's event does in the application: correlate by engagement id. */
    private void reply(ReplyKind kind) {
        new MemberStateReplyCorrelation(engine.getRuntimeService())
                .on(new MemberStateReplied(
                        ENGAGEMENT_ID, kind, ClockUtil.getCurrentTime().toInstant()));
    }

    /** Moves the engine clock and runs every job due by then, as the job executor would. */
    private void moveTo(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        List<Job> due;
        while (!(due = engine.getManagementService()
                        .createJobQuery()
                        .executable()
                        .list())
                .isEmpty()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private List<Date> timerDueDates(ProcessInstance instance) {
        return engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .list()
                .stream()
                .map(Job::getDuedate)
                .toList();
    }

    private void assertClosedWith(ProcessInstance instance, EngagementOutcome outcome) {
        verify(engagements).close(ENGAGEMENT_ID, outcome);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_engagement_closed.id())
                .isEnded();
        assertThat(outcome(instance)).isEqualTo(outcome.name());
    }

    private String outcome(ProcessInstance instance) {
        return (String) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(Variables.ENGAGEMENT_OUTCOME.name())
                .singleResult()
                .getValue();
    }

    /**
     * The real task gate; the audit trail and the case scope are other features' concerns that
     * need a transaction and Safeguard's tables (the engine's own work sees every case).
     */
    private static org.safeguard.base.tasks.OpenTasks openTasks() {
        return new org.safeguard.base.tasks.OpenTasks(
                engine.getTaskService(),
                engine.getRuntimeService(),
                org.mockito.Mockito.mock(org.safeguard.base.audit.AuditTrail.class),
                org.mockito.Mockito.mock(org.safeguard.base.security.CaseVisibility.class));
    }
}
