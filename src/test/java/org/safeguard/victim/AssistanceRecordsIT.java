package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.casefile.AllegationType;
import org.safeguard.casefile.CaseStatus;
import org.safeguard.casefile.IntakeChannel;
import org.safeguard.casefile.internal.CaseMapper;
import org.safeguard.casefile.internal.CaseRow;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.victim.internal.AssistanceTrackMapper;
import org.safeguard.victim.internal.VictimMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The assistance records read back, and the advocate's work completes the engine's tasks. Each test rolls back. */
@SafeguardIntegrationTest
@Transactional
class AssistanceRecordsIT {

    @Autowired
    CaseMapper cases;

    @Autowired
    Victims victims;

    @Autowired
    VictimMapper victimRows;

    @Autowired
    VictimConsents consents;

    @Autowired
    Assistance assistance;

    @Autowired
    Referrals referrals;

    @Autowired
    AssistanceTrackMapper tracks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    AssistanceTasks assistanceTasks;

    long victimId;

    @BeforeEach
    void aVictim() {
        long caseId = cases.nextId();
        cases.insert(new CaseRow(
                caseId,
                "SEA-2026-" + String.format("%06d", caseId),
                Instant.parse("2026-11-20T09:30:00Z"),
                Instant.parse("2026-11-21T10:00:00Z"),
                "intake",
                IntakeChannel.EMAIL,
                "MINUSCA",
                "Bangui",
                LocalDate.parse("2026-11-02"),
                AllegationType.RAPE,
                true,
                "summary",
                CaseStatus.RECEIVED));
        victims.register(caseId, List.of(new NewVictim("A. B.", AgeGroup.CHILD, Sex.FEMALE, null, true)));
        victimId = victimRows.findByCase(caseId).get(0).id();
    }

    @Test
    void a_consent_reads_back_and_its_withdrawal_is_dated() {
        consents.record(victimId, ConsentScope.SHARING_WITH_INVESTIGATORS, true, ConsentGiver.PARENT_OR_GUARDIAN);
        assertThat(consents.inForce(victimId, ConsentScope.SHARING_WITH_INVESTIGATORS))
                .isTrue();

        consents.withdraw(victimId, ConsentScope.SHARING_WITH_INVESTIGATORS);

        Consent consent = consents.current(victimId, ConsentScope.SHARING_WITH_INVESTIGATORS)
                .orElseThrow();
        assertThat(consent.givenBy()).isEqualTo(ConsentGiver.PARENT_OR_GUARDIAN);
        assertThat(consent.withdrawnAt()).isNotNull();
        assertThat(consent.inForce()).isFalse();
    }

    @Test
    void needs_referrals_and_the_track_read_back() {
        assistance.recordNeeds(victimId, List.of(Need.MEDICAL, Need.CHILD_SUPPORT));
        Instant due = Instant.parse("2026-12-01T09:00:00Z");
        long id = referrals.open(victimId, Need.MEDICAL, due);
        referrals.refer(id, "CLINIC-12", "Clinique de l'Espoir");
        referrals.updateReferral(id, ReferralStatus.ACCEPTED);
        referrals.recordBreach(id);
        assistance.closeTrack(victimId, TrackStatus.CLOSED);

        assertThat(assistance.needs(victimId)).containsExactly(Need.MEDICAL, Need.CHILD_SUPPORT);
        Referral referral = referrals.ofVictim(victimId).get(0);
        assertThat(referral)
                .extracting(Referral::need, Referral::providerCode, Referral::providerName, Referral::status)
                .containsExactly(Need.MEDICAL, "CLINIC-12", "Clinique de l'Espoir", ReferralStatus.ACCEPTED);
        assertThat(referral.dueAt()).isEqualTo(due);
        assertThat(referral.breachedAt()).isNotNull();
        assertThat(tracks.findStatus(victimId)).contains(TrackStatus.CLOSED);
    }

    @Test
    void the_advocates_work_moves_the_track_and_a_withdrawal_stops_open_referrals() {
        ProcessInstance instance = startAssistance();

        assistance.completeConsentGate(task(instance).getId(), victimId, true, ConsentGiver.PARENT_OR_GUARDIAN);
        assistance.completeNeedsAssessment(task(instance).getId(), victimId, List.of(Need.SAFETY, Need.MEDICAL));
        List<Referral> opened = referrals.ofVictim(victimId);
        assertThat(opened).extracting(Referral::status).containsOnly(ReferralStatus.PENDING);
        assertThat(opened.get(0).dueAt()).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
        Task first = tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .list()
                .get(0);
        long firstReferral = (Long) tasks.getVariable(first.getId(), Variables.REFERRAL_ID.name());
        referrals.completeReferral(first.getId(), firstReferral, "SHELTER-3", "Maison sûre");

        consents.withdraw(victimId, ConsentScope.ASSISTANCE);

        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId(VictimAssistanceProcess.Element.end_assistance_withdrawn.id())
                        .count())
                .isEqualTo(1);
        assertThat(referrals.ofVictim(victimId)).extracting(Referral::status).containsOnly(ReferralStatus.WITHDRAWN);
        assertThat(tracks.findStatus(victimId)).contains(TrackStatus.WITHDRAWN);
    }

    @Test
    void a_task_answers_its_victim_and_referral_and_a_manager_resolves_an_overdue_referral() {
        ProcessInstance instance = startAssistance();
        Task consent = task(instance);
        assertThat(assistanceTasks
                        .victimOf(consent.getId(), VictimAssistanceProcess.Element.user_record_consent.id())
                        .pseudonym())
                .isEqualTo(victimRows.findById(victimId).pseudonym());
        assistance.completeConsentGate(consent.getId(), victimId, true, ConsentGiver.PARENT_OR_GUARDIAN);
        assistance.completeNeedsAssessment(task(instance).getId(), victimId, List.of(Need.MEDICAL));
        Task refer = task(instance);
        long referralId = assistanceTasks
                .referralOf(refer.getId(), VictimAssistanceProcess.Element.user_refer_to_provider.id())
                .id();

        Job overdue = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(VictimAssistanceProcess.Element.timer_referral_overdue.id())
                .singleResult();
        management.executeJob(overdue.getId());
        Task escalation = tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(VictimAssistanceProcess.Element.user_resolve_overdue_referral.id())
                .singleResult();
        assertThat(assistanceTasks
                        .referralOf(
                                escalation.getId(), VictimAssistanceProcess.Element.user_resolve_overdue_referral.id())
                        .id())
                .isEqualTo(referralId);
        referrals.resolveOverdue(escalation.getId(), referralId);

        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(VictimAssistanceProcess.Element.user_refer_to_provider.id());
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId("end_referral_escalated")
                        .count())
                .isEqualTo(1);
        assertThatThrownBy(() -> referrals.resolveOverdue(refer.getId(), referralId))
                .as("the advocate's task is not the escalation")
                .isInstanceOf(NotFoundException.class);
    }

    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private ProcessInstance startAssistance() {
        return runtime.startProcessInstanceByKey(
                VictimAssistanceProcess.KEY,
                "SEA-2026-000001",
                ProcessVariables.with(Variables.CASE_REFERENCE, "SEA-2026-000001")
                        .and(Variables.VICTIM_ID, victimId)
                        .and(Variables.CHILD_VICTIM, true)
                        .asMap());
    }
}
