package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The advocate's work and the completion of the task commit together, with nothing rolled back by
 * the test itself: when the engine refuses the completion, what was recorded is gone; work for
 * another victim touches neither victim.
 */
@SafeguardIntegrationTest
class AssistanceCompletionCommitsTogetherIT {

    static final String REFERENCE = "SEA-2026-000001";

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
    AssistanceTrackMapper tracks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    PlatformTransactionManager transactions;

    long victimId;
    long otherVictimId;
    ProcessInstance instance;

    @BeforeEach
    void twoVictimsAndTheFirstOnesTrack() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> twoVictims());
        instance = runtime.startProcessInstanceByKey(
                VictimAssistanceProcess.KEY,
                REFERENCE,
                ProcessVariables.with(Variables.CASE_REFERENCE, REFERENCE)
                        .and(Variables.VICTIM_ID, victimId)
                        .and(Variables.CHILD_VICTIM, false)
                        .asMap());
    }

    private void twoVictims() {
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
        victims.register(
                caseId,
                List.of(
                        new NewVictim("A. B.", AgeGroup.ADULT, Sex.FEMALE, null, true),
                        new NewVictim("C. D.", AgeGroup.ADULT, Sex.FEMALE, null, true)));
        List<Long> ids = victimRows.findByCase(caseId).stream()
                .map(victim -> victim.id())
                .sorted()
                .toList();
        victimId = ids.get(0);
        otherVictimId = ids.get(1);
    }

    @AfterEach
    void endTheTrack() {
        if (instance != null
                && runtime.createProcessInstanceQuery()
                                .processInstanceId(instance.getId())
                                .count()
                        > 0) {
            runtime.deleteProcessInstance(instance.getId(), "test over");
        }
    }

    @Test
    void when_the_engine_refuses_the_completion_the_consent_and_the_track_are_not_recorded() {
        String consentTask = consentTask();
        runtime.suspendProcessInstanceById(instance.getId());

        assertThatThrownBy(() -> assistance.completeConsentGate(consentTask, victimId, true, ConsentGiver.SELF))
                .as("the engine refuses to complete a task of a suspended instance")
                .isInstanceOf(SuspendedEntityInteractionException.class);

        assertThat(consents.current(victimId, ConsentScope.ASSISTANCE)).isEmpty();
        assertThat(tracks.findStatus(victimId)).isEmpty();

        runtime.activateProcessInstanceById(instance.getId());
        assistance.completeConsentGate(consentTask, victimId, true, ConsentGiver.SELF);

        assertThat(consents.inForce(victimId, ConsentScope.ASSISTANCE)).isTrue();
        assertThat(tracks.findStatus(victimId)).contains(TrackStatus.OPEN);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult())
                .extracting(task -> task.getTaskDefinitionKey())
                .isEqualTo(Element.user_assess_needs.id());
        assertThat(runtime.getVariable(instance.getId(), Variables.CONSENT_GIVEN_BY.name()))
                .isEqualTo(ConsentGiver.SELF.name());
    }

    @Test
    void consent_recorded_for_another_victim_on_this_task_is_refused_and_recorded_for_neither() {
        String consentTask = consentTask();

        assertThatThrownBy(() -> assistance.completeConsentGate(consentTask, otherVictimId, true, ConsentGiver.SELF))
                .isInstanceOf(NotFoundException.class);

        assertThat(consents.current(otherVictimId, ConsentScope.ASSISTANCE)).isEmpty();
        assertThat(consents.current(victimId, ConsentScope.ASSISTANCE)).isEmpty();
        assertThat(tracks.findStatus(otherVictimId)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(consentTask).count()).isEqualTo(1);
    }

    private String consentTask() {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(Element.user_record_consent.id())
                .singleResult()
                .getId();
    }
}
