package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;

class EngagementTasksTest {

    OpenTasks openTasks = mock(OpenTasks.class);
    MemberStateEngagements engagements = mock(MemberStateEngagements.class);
    EngagementTasks tasks = new EngagementTasks(openTasks, engagements);

    @Test
    void a_conduct_officers_task_answers_its_engagement() {
        OpenTask task = new OpenTask(
                "task-1", "SEA-2026-000001", MemberStateEngagementProcess.Element.user_send_note_verbale.id());
        when(openTasks.open("task-1", MemberStateEngagementProcess.Element.user_send_note_verbale.id()))
                .thenReturn(task);
        when(openTasks.variable(task, MemberStateEngagementProcess.Variables.ENGAGEMENT_ID))
                .thenReturn(42L);
        Engagement engagement = new Engagement(
                42L,
                "SEA-2026-000001",
                3L,
                "CA",
                EngagementPurpose.NOTIFICATION,
                EngagementStatus.OPEN,
                null,
                Instant.parse("2026-11-20T10:00:00Z"),
                null);
        when(engagements.get(42L)).thenReturn(engagement);

        assertThat(tasks.engagementOf("task-1", MemberStateEngagementProcess.Element.user_send_note_verbale.id()))
                .isEqualTo(engagement);
    }

    @Test
    void a_task_of_another_step_is_not_found() {
        assertThatThrownBy(() -> tasks.engagementOf("task-1", "user_record_consent"))
                .isInstanceOf(NotFoundException.class);
        verify(openTasks, never()).open(anyString(), anyString());
    }
}
