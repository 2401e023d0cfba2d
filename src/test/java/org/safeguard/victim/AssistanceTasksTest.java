package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.victim.internal.ReferralMapper;
import org.safeguard.victim.internal.VictimMapper;
import org.safeguard.victim.internal.VictimRow;

class AssistanceTasksTest {

    OpenTasks openTasks = mock(OpenTasks.class);
    VictimMapper victims = mock(VictimMapper.class);
    ReferralMapper referrals = mock(ReferralMapper.class);
    AssistanceTasks tasks = new AssistanceTasks(openTasks, victims, referrals);

    @Test
    void a_task_answers_its_victim_by_pseudonym_without_identity() {
        OpenTask task = open("task-1", VictimAssistanceProcess.Element.user_record_consent.id());
        when(openTasks.variable(task, VictimAssistanceProcess.Variables.VICTIM_ID))
                .thenReturn(7L);
        when(victims.findById(7L))
                .thenReturn(new VictimRow(
                        7L, 3L, "V-7Q3KD", "enc:name", "enc:contact", AgeGroup.CHILD, Sex.FEMALE, true, "enc:notes"));

        assertThat(tasks.victimOf("task-1", VictimAssistanceProcess.Element.user_record_consent.id()))
                .isEqualTo(new VictimSummary(7L, "V-7Q3KD", AgeGroup.CHILD, Sex.FEMALE, true));
    }

    @Test
    void a_referral_task_answers_its_referral() {
        OpenTask task = open("task-2", VictimAssistanceProcess.Element.user_refer_to_provider.id());
        when(openTasks.variable(task, VictimAssistanceProcess.Variables.REFERRAL_ID))
                .thenReturn(5L);
        Referral referral = new Referral(
                5L,
                7L,
                Need.MEDICAL,
                null,
                null,
                ReferralStatus.PENDING,
                Instant.parse("2026-11-28T09:00:00Z"),
                null,
                null);
        when(referrals.find(5L)).thenReturn(Optional.of(referral));

        assertThat(tasks.referralOf("task-2", VictimAssistanceProcess.Element.user_refer_to_provider.id()))
                .isEqualTo(referral);
    }

    @Test
    void a_task_of_another_process_or_step_is_not_found() {
        assertThatThrownBy(() -> tasks.victimOf("task-1", "user_assess_allegation"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.referralOf("task-1", VictimAssistanceProcess.Element.user_assess_needs.id()))
                .isInstanceOf(NotFoundException.class);
        verify(openTasks, never()).open(anyString(), anyString());
    }

    @Test
    void a_task_that_is_not_open_or_not_visible_is_not_found() {
        when(openTasks.open("task-9", VictimAssistanceProcess.Element.user_follow_up.id()))
                .thenThrow(new NotFoundException("Open task task-9"));

        assertThatThrownBy(() -> tasks.victimOf("task-9", VictimAssistanceProcess.Element.user_follow_up.id()))
                .isInstanceOf(NotFoundException.class);
        verify(victims, never()).findById(any(Long.class));
    }

    @Test
    void the_steps_named_are_user_tasks_of_the_assistance_model() throws IOException {
        String model = Files.readString(Path.of("processes/victim-assistance.bpmn"));

        for (String step : new String[] {
            VictimAssistanceProcess.Element.user_record_consent.id(),
            VictimAssistanceProcess.Element.user_assess_needs.id(),
            VictimAssistanceProcess.Element.user_refer_to_provider.id(),
            VictimAssistanceProcess.Element.user_resolve_overdue_referral.id(),
            VictimAssistanceProcess.Element.user_follow_up.id()
        }) {
            assertThat(model).contains("<bpmn:userTask id=\"" + step + "\"");
        }
    }

    private OpenTask open(String taskId, String step) {
        OpenTask task = new OpenTask(taskId, "SEA-2026-000001", step);
        when(openTasks.open(taskId, step)).thenReturn(task);
        return task;
    }
}
