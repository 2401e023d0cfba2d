package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.processes.MemberStateEngagementProcess.Element;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.memberstate.internal.EngagementKey;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.springframework.context.ApplicationEventPublisher;

class MemberStateEngagementsTest {

    static final long ID = 42L;
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    EngagementMapper mapper = mock(EngagementMapper.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    OpenTasks tasks = mock(OpenTasks.class);
    MemberStateEngagements engagements =
            new MemberStateEngagements(mapper, events, tasks, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void opening_an_engagement_answers_the_id_the_database_gave_it() {
        NewEngagement request = new NewEngagement("SEA-2026-000001", null, "FR", EngagementPurpose.PATERNITY);
        doAnswer(call -> {
                    call.<EngagementKey>getArgument(2).setValue(ID);
                    return null;
                })
                .when(mapper)
                .insert(eq(request), eq(NOW), any(EngagementKey.class));

        Assertions.assertThat(engagements.open(request)).isEqualTo(ID);
    }

    @Test
    void an_engagement_needs_a_case_a_nationality_and_a_purpose() {
        assertThatThrownBy(() -> engagements.open(new NewEngagement(" ", null, "FRA", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> Assertions.assertThat(e.violations())
                                .extracting("field")
                                .containsExactly("caseReference", "nationality", "purpose"));
    }

    @Test
    void a_ladder_step_is_recorded_with_its_kind_and_date() {
        open();

        engagements.recordStep(ID, EngagementStepKind.REMINDER, null);

        verify(mapper).insertStep(EngagementStep.of(ID, EngagementStepKind.REMINDER, NOW, null));
    }

    @Test
    void sending_the_note_verbale_is_recorded_and_completes_its_task_with_the_date_sent() {
        open();
        OpenTask task = engagementsTask("task-1", Element.user_send_note_verbale);

        engagements.noteVerbaleSent("task-1", ID, "NV/2026/117");

        verify(mapper).insertStep(EngagementStep.of(ID, EngagementStepKind.NOTE_VERBALE_SENT, NOW, "NV/2026/117"));
        verify(events).publishEvent(new EngagementStepRecorded(ID, EngagementStepKind.NOTE_VERBALE_SENT, NOW));
        verify(tasks)
                .complete(
                        task,
                        ProcessVariables.with(Variables.NOTE_SENT_AT, Date.from(NOW))
                                .asMap());
    }

    @Test
    void the_task_of_another_engagement_is_refused_and_nothing_recorded() {
        open();
        when(tasks.openOf(
                        MemberStateEngagementProcess.KEY,
                        "task-1",
                        Element.user_send_note_verbale.id(),
                        Variables.ENGAGEMENT_ID,
                        ID))
                .thenThrow(new NotFoundException("Open task task-1"));

        assertThatThrownBy(() -> engagements.noteVerbaleSent("task-1", ID, "NV/2026/117"))
                .isInstanceOf(NotFoundException.class);

        verify(mapper, never()).insertStep(any());
        verify(events, never()).publishEvent(any());
        verify(tasks, never()).complete(any(OpenTask.class), any());
    }

    @Test
    void the_dispatch_reference_is_optional_and_blank_is_none() {
        open();
        engagementsTask("task-1", Element.user_send_note_verbale);

        engagements.noteVerbaleSent("task-1", ID, "  ");

        verify(mapper).insertStep(EngagementStep.of(ID, EngagementStepKind.NOTE_VERBALE_SENT, NOW, null));
    }

    @Test
    void a_dispatch_reference_longer_than_forty_characters_is_refused_and_nothing_recorded() {
        open();

        assertThatThrownBy(() -> engagements.noteVerbaleSent("task-1", ID, "N".repeat(41)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> Assertions.assertThat(e.violations())
                                .containsExactly(new Violation("noteReference", "must be at most 40 characters")));
        verify(mapper, never()).insertStep(any());
        verify(events, never()).publishEvent(any());
        verifyNoInteractions(tasks);
    }

    @Test
    void providing_information_is_recorded_and_completes_its_task() {
        open();
        OpenTask task = engagementsTask("task-2", Element.user_provide_information);

        engagements.informationProvided("task-2", ID);

        verify(mapper).insertStep(EngagementStep.of(ID, EngagementStepKind.INFORMATION_PROVIDED, NOW, null));
        verify(tasks).complete(task, Map.of());
    }

    @Test
    void closing_records_the_outcome_as_the_last_step() {
        open();
        when(mapper.close(ID, EngagementOutcome.DECLINED, NOW)).thenReturn(1);

        engagements.close(ID, EngagementOutcome.DECLINED);

        verify(mapper).insertStep(EngagementStep.of(ID, EngagementStepKind.CLOSED, NOW, "DECLINED"));
    }

    @Test
    void nothing_more_can_be_done_in_a_closed_engagement() {
        when(mapper.findByIdForUpdate(ID)).thenReturn(engagement(EngagementStatus.CLOSED));

        assertThatThrownBy(() -> engagements.recordStep(ID, EngagementStepKind.REMINDER, null))
                .isInstanceOf(EngagementClosedException.class);
        assertThatThrownBy(() -> engagements.close(ID, EngagementOutcome.NO_RESPONSE))
                .isInstanceOf(EngagementClosedException.class);
        assertThatThrownBy(() -> engagements.noteVerbaleSent("task-1", ID, "NV/2026/118"))
                .isInstanceOf(EngagementClosedException.class);
        verify(mapper, never()).insertStep(any());
        verify(mapper, never()).close(anyLong(), any(), any());
        verify(events, never()).publishEvent(any());
        verifyNoInteractions(tasks);
    }

    @Test
    void an_unknown_engagement_is_not_found() {
        assertThatThrownBy(() -> engagements.recordStep(ID, EngagementStepKind.REMINDER, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> engagements.history(ID)).isInstanceOf(NotFoundException.class);
    }

    private OpenTask engagementsTask(String taskId, Element step) {
        OpenTask task = new OpenTask(taskId, "SEA-2026-000001", step.id());
        when(tasks.openOf(MemberStateEngagementProcess.KEY, taskId, step.id(), Variables.ENGAGEMENT_ID, ID))
                .thenReturn(task);
        return task;
    }

    private void open() {
        when(mapper.findByIdForUpdate(ID)).thenReturn(engagement(EngagementStatus.OPEN));
    }

    private static Engagement engagement(EngagementStatus status) {
        return new Engagement(
                ID,
                "SEA-2026-000001",
                null,
                "FR",
                EngagementPurpose.NOTIFICATION,
                status,
                null,
                Instant.parse("2026-11-02T09:00:00Z"),
                null);
    }
}
