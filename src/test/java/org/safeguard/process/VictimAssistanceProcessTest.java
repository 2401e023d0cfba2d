package org.safeguard.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.ProcessVariable;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
import org.safeguard.base.processes.VictimAssistanceProcess.Groups;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.ConsentWithdrawn;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referrals;
import org.safeguard.victim.TrackStatus;

@Deployment(resources = {"processes/victim-assistance.bpmn", "stubs/member-state-engagement-acknowledging.bpmn"})
class VictimAssistanceProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final long VICTIM = 41L;
    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    Deadlines deadlines = mock(Deadlines.class);
    Referrals referrals = mock(Referrals.class);
    Assistance assistance = mock(Assistance.class);
    AtomicLong referralIds = new AtomicLong(100);
    org.safeguard.base.tasks.OpenTasks openTasks;

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        // Every clock is one day from "now", except the thirty-day follow-up cycle.
        when(deadlines.due(any(DelegateExecution.class), anyString())).thenAnswer(call -> in(Duration.ofDays(1)));
        when(deadlines.due(any(DelegateExecution.class), eq("ASSISTANCE_FOLLOW_UP")))
                .thenAnswer(call -> in(Duration.ofDays(30)));
        when(referrals.open(anyLong(), any(Need.class), any(Instant.class)))
                .thenAnswer(call -> referralIds.incrementAndGet());
        Mocks.register("deadlines", deadlines);
        Mocks.register("needCodes", new NeedCodes());
        Mocks.register("openReferralDelegate", new OpenReferralDelegate(referrals, deadlines));
        Mocks.register("recordReferralBreachDelegate", new RecordReferralBreachDelegate(referrals));
        Mocks.register("withdrawReferralsDelegate", new WithdrawReferralsDelegate(referrals));
        Mocks.register("closeAssistanceTrackDelegate", new CloseAssistanceTrackDelegate(assistance));
        openTasks = openTasks();
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void an_advocate_records_consent_within_the_victim_referral_deadline() {
        ProcessInstance instance = start(false);

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_record_consent.id());
        BpmnAwareTests.assertThat(task(instance))
                .hasCandidateGroup(Groups.ADVOCATE)
                .isNotAssigned();
        assertThat(task(instance).getDueDate()).isEqualTo(in(Duration.ofDays(1)));
        verify(deadlines).due(any(DelegateExecution.class), eq("VICTIM_REFERRAL"));
    }

    @Test
    void consented_assistance_refers_each_need_follows_up_and_closes() {
        ProcessInstance instance = start(false);
        consent(task(instance).getId(), VICTIM, true, ConsentGiver.SELF);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_assess_needs.id());

        assessNeeds(task(instance).getId(), VICTIM, List.of(Need.SAFETY, Need.MEDICAL));

        List<Task> referralTasks = tasksAt(instance, Element.user_refer_to_provider);
        assertThat(referralTasks)
                .hasSize(2)
                .allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
        verify(referrals).open(VICTIM, Need.SAFETY, in(Duration.ofDays(1)).toInstant());
        verify(referrals).open(VICTIM, Need.MEDICAL, in(Duration.ofDays(1)).toInstant());
        referralTasks.forEach(task -> completeAs(
                task.getId(),
                Element.user_refer_to_provider,
                Variables.REFERRAL_ID,
                (Long) engine.getTaskService().getVariable(task.getId(), Variables.REFERRAL_ID.name()),
                Map.of()));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.timer_follow_up_due.id());

        followUp(instance, false);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_need_referred.id(), Element.service_close_track.id())
                .isEnded();
        verify(assistance).closeTrack(VICTIM, TrackStatus.CLOSED);
    }

    @Test
    void refused_consent_ends_the_track_as_declined() {
        ProcessInstance instance = start(false);

        consent(task(instance).getId(), VICTIM, false, ConsentGiver.SELF);

        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_assistance_declined.id())
                .isEnded();
        verify(assistance).closeTrack(VICTIM, TrackStatus.DECLINED);
    }

    @Test
    void a_childs_consent_through_a_parent_or_guardian_is_recorded_and_opens_the_needs_assessment() {
        ProcessInstance instance = start(true);

        consent(task(instance).getId(), VICTIM, true, ConsentGiver.PARENT_OR_GUARDIAN);

        BpmnAwareTests.assertThat(instance)
                .isWaitingAt(Element.user_assess_needs.id())
                .variables()
                .containsEntry(Variables.CONSENT_GIVEN_BY.name(), "PARENT_OR_GUARDIAN")
                .containsEntry(Variables.CHILD_VICTIM.name(), true);
        verify(deadlines).due(any(DelegateExecution.class), eq("NEEDS_ASSESSMENT"));
    }

    @Test
    void an_overdue_referral_is_recorded_as_breached_and_escalated_to_a_manager() {
        ProcessInstance instance = atReferrals("LEGAL");
        Task referral = task(instance);

        ClockUtil.setCurrentTime(in(Duration.ofDays(2)));
        execute(job(instance));

        verify(referrals).recordBreach(101L);
        Task escalation =
                tasksAt(instance, Element.user_resolve_overdue_referral).get(0);
        BpmnAwareTests.assertThat(escalation).hasCandidateGroup(Groups.MANAGER);
        assertThat(tasksAt(instance, Element.user_refer_to_provider))
                .extracting(Task::getId)
                .containsExactly(referral.getId());

        complete(escalation);
        complete(referral);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_referral_escalated.id())
                .isWaitingAt(Element.timer_follow_up_due.id());
    }

    @Test
    void an_overdue_child_support_referral_is_recorded_as_breached_beside_the_paternity_engagement() {
        ProcessInstance instance = atReferrals("CHILD_SUPPORT");

        ClockUtil.setCurrentTime(in(Duration.ofDays(2)));
        execute(job(instance));

        verify(referrals).recordBreach(101L);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.call_paternity_engagement.id())
                .isWaitingAt(Element.user_refer_to_provider.id(), Element.user_resolve_overdue_referral.id());
    }

    @Test
    void withdrawn_consent_stops_pending_referrals_and_ends_the_track() {
        ProcessInstance instance = atReferrals("SAFETY,PSYCHOSOCIAL");

        new ConsentWithdrawalCorrelation(engine.getRuntimeService())
                .on(new ConsentWithdrawn(VICTIM, ConsentScope.ASSISTANCE));

        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.service_withdraw_referrals.id(), Element.end_assistance_withdrawn.id())
                .isEnded();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        verify(referrals).withdrawOpen(VICTIM);
        verify(assistance).closeTrack(VICTIM, TrackStatus.WITHDRAWN);
    }

    @Test
    void withdrawing_consent_to_sharing_with_investigators_leaves_assistance_running() {
        ProcessInstance instance = atReferrals("SAFETY");

        new ConsentWithdrawalCorrelation(engine.getRuntimeService())
                .on(new ConsentWithdrawn(VICTIM, ConsentScope.SHARING_WITH_INVESTIGATORS));

        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_refer_to_provider.id());
        verify(referrals, never()).withdrawOpen(anyLong());
    }

    @Test
    void follow_up_repeats_every_thirty_days_until_assistance_ends() {
        ProcessInstance instance = atReferrals("MATERIAL");
        complete(task(instance));

        followUp(instance, true);
        followUp(instance, true);
        followUp(instance, false);

        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(Element.user_follow_up.id())
                        .count())
                .isEqualTo(3);
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.end_assistance_closed.id())
                .isEnded();
    }

    @Test
    void support_for_a_child_born_of_sea_starts_the_paternity_engagement_beside_the_referral() {
        ProcessInstance instance = atReferrals("CHILD_SUPPORT");

        HistoricProcessInstance engagement = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .superProcessInstanceId(instance.getId())
                .singleResult();
        assertThat(engagement.getProcessDefinitionKey()).isEqualTo("member-state-engagement");
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(engagement.getId())
                        .variableName("purpose")
                        .singleResult()
                        .getValue())
                .isEqualTo("PATERNITY");
        BpmnAwareTests.assertThat(instance)
                .hasPassed(Element.call_paternity_engagement.id())
                .isWaitingAt(Element.user_refer_to_provider.id())
                .variables()
                .containsEntry(Variables.PATERNITY_OUTCOME.name(), "ACKNOWLEDGED");

        complete(task(instance));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.timer_follow_up_due.id());
    }

    @Test
    void child_support_when_no_subject_is_a_member_states_national_is_referred_without_an_engagement() {
        ProcessInstance instance = atReferrals("CHILD_SUPPORT", null);

        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .superProcessInstanceId(instance.getId())
                        .count())
                .isZero();
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_refer_to_provider.id());
    }

    @Test
    void work_recorded_for_another_victim_or_another_step_completes_no_task() {
        ProcessInstance instance = start(false);
        String consentTask = task(instance).getId();

        assertThatThrownBy(() -> consent(consentTask, VICTIM + 1, true, ConsentGiver.SELF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessNeeds(consentTask, VICTIM, List.of(Need.SAFETY)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        completeAs(consentTask, Element.user_refer_to_provider, Variables.REFERRAL_ID, 101L, Map.of()))
                .isInstanceOf(NotFoundException.class);
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_record_consent.id());
    }

    private ProcessInstance start(boolean childVictim) {
        return start(childVictim, "CA");
    }

    private ProcessInstance start(boolean childVictim, String nationality) {
        Map<String, Object> variables = new HashMap<>();
        Variables.SUBJECT_GROUP_ID.put(variables, 1L);
        Variables.NATIONALITY.put(variables, nationality);
        Variables.CASE_REFERENCE.put(variables, "SEA-2026-000001");
        Variables.VICTIM_ID.put(variables, VICTIM);
        Variables.MINOR_INVOLVED.put(variables, childVictim);
        Variables.ENTITY.put(variables, "MINUSCA");
        Variables.CHILD_VICTIM.put(variables, childVictim);
        return engine.getRuntimeService()
                .startProcessInstanceByKey(VictimAssistanceProcess.KEY, "SEA-2026-000001", variables);
    }

    private ProcessInstance atReferrals(String needs) {
        return atReferrals(needs, "CA");
    }

    private ProcessInstance atReferrals(String needs, String nationality) {
        ProcessInstance instance = start(false, nationality);
        complete(
                task(instance),
                withVariables(Variables.CONSENT_GIVEN.name(), true, Variables.CONSENT_GIVEN_BY.name(), "SELF"));
        complete(task(instance), withVariables(Variables.NEEDS.name(), needs));
        return instance;
    }

    private void followUp(ProcessInstance instance, boolean continueAssistance) {
        ClockUtil.setCurrentTime(in(Duration.ofDays(31)));
        execute(job(instance));
        BpmnAwareTests.assertThat(instance).isWaitingAt(Element.user_follow_up.id());
        completeAs(
                task(instance).getId(),
                Element.user_follow_up,
                Variables.VICTIM_ID,
                VICTIM,
                ProcessVariables.with(Variables.CONTINUE_ASSISTANCE, continueAssistance)
                        .asMap());
    }

    private void consent(String taskId, long victimId, boolean given, ConsentGiver givenBy) {
        completeAs(
                taskId,
                Element.user_record_consent,
                Variables.VICTIM_ID,
                victimId,
                ProcessVariables.with(Variables.CONSENT_GIVEN, given)
                        .and(Variables.CONSENT_GIVEN_BY, givenBy.name())
                        .asMap());
    }

    private void assessNeeds(String taskId, long victimId, List<Need> needs) {
        completeAs(
                taskId,
                Element.user_assess_needs,
                Variables.VICTIM_ID,
                victimId,
                ProcessVariables.with(Variables.NEEDS, VictimAssistanceProcess.needCodes(needs))
                        .asMap());
    }

    /**
     * What the victim feature ({@code Assistance}, {@code Referrals}) does once it has recorded the
     * advocate's work: completes the task only if it is that step of this victim's or referral's track.
     */
    private void completeAs(
            String taskId, Element step, ProcessVariable<Long> owner, long ownerId, Map<String, Object> variables) {
        openTasks.complete(openTasks.openOf(VictimAssistanceProcess.KEY, taskId, step.id(), owner, ownerId), variables);
    }

    private List<Task> tasksAt(ProcessInstance instance, Element element) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(element.id())
                .list();
    }

    private static Date in(Duration duration) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
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
