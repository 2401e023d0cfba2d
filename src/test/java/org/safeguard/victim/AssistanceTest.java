package org.safeguard.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.victim.internal.AssistanceTrackMapper;

class AssistanceTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    AssistanceTrackMapper tracks = mock(AssistanceTrackMapper.class);
    VictimConsents consents = mock(VictimConsents.class);
    OpenTasks tasks = mock(OpenTasks.class);
    Assistance assistance =
            new Assistance(tracks, consents, tasks, Clock.fixed(NOW, ZoneOffset.UTC), VictimConsentsTest.advocate());

    @Test
    void consent_at_the_gate_is_recorded_opens_the_track_and_completes_the_task() {
        OpenTask task = victimsTask("task-1", Element.user_record_consent, 7L);
        when(tracks.findStatus(7L)).thenReturn(Optional.empty());

        assistance.completeConsentGate("task-1", 7L, true, ConsentGiver.PARENT_OR_GUARDIAN);

        verify(consents).record(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.PARENT_OR_GUARDIAN);
        verify(tracks).insertTrack(7L, TrackStatus.OPEN, NOW, null);
        verify(tasks)
                .complete(
                        task,
                        ProcessVariables.with(Variables.CONSENT_GIVEN, true)
                                .and(Variables.CONSENT_GIVEN_BY, "PARENT_OR_GUARDIAN")
                                .asMap());
    }

    @Test
    void consent_for_another_victim_is_refused_before_anything_is_recorded() {
        when(tasks.openOf(
                        VictimAssistanceProcess.KEY,
                        "task-1",
                        Element.user_record_consent.id(),
                        Variables.VICTIM_ID,
                        8L))
                .thenThrow(new NotFoundException("Open task task-1"));

        assertThatThrownBy(() -> assistance.completeConsentGate("task-1", 8L, true, ConsentGiver.SELF))
                .isInstanceOf(NotFoundException.class);

        verifyNoInteractions(consents, tracks);
        verify(tasks, never()).complete(any(OpenTask.class), any());
    }

    @Test
    void a_refusal_at_the_gate_is_recorded_without_opening_a_track() {
        victimsTask("task-1", Element.user_record_consent, 7L);

        assistance.completeConsentGate("task-1", 7L, false, ConsentGiver.SELF);

        verify(consents).record(7L, ConsentScope.ASSISTANCE, false, ConsentGiver.SELF);
        verify(tracks, never()).insertTrack(anyLong(), any(), any(), any());
    }

    @Test
    void assessed_needs_replace_earlier_ones_and_complete_the_task_with_their_codes() {
        OpenTask task = victimsTask("task-2", Element.user_assess_needs, 7L);

        assistance.completeNeedsAssessment("task-2", 7L, List.of(Need.SAFETY, Need.CHILD_SUPPORT));

        verify(tracks).deleteNeeds(7L);
        verify(tracks).insertNeed(7L, Need.SAFETY, NOW);
        verify(tracks).insertNeed(7L, Need.CHILD_SUPPORT, NOW);
        verify(tracks).insertAssessment(7L, "SAFETY,CHILD_SUPPORT", NOW, "vra");
        verify(tasks)
                .complete(
                        task,
                        ProcessVariables.with(Variables.NEEDS, "SAFETY,CHILD_SUPPORT")
                                .asMap());
    }

    @Test
    void a_follow_up_completes_the_task_saying_whether_assistance_continues() {
        OpenTask task = victimsTask("task-3", Element.user_follow_up, 7L);

        assistance.completeFollowUp("task-3", 7L, false);

        verify(tasks)
                .complete(
                        task,
                        ProcessVariables.with(Variables.CONTINUE_ASSISTANCE, false)
                                .asMap());
    }

    @Test
    void needs_are_required_known_and_listed_once() {
        assertThatThrownBy(() -> assistance.recordNeeds(7L, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assistance.recordNeeds(7L, Arrays.asList(Need.SAFETY, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation("needs", "unknown need")));
        assertThatThrownBy(() -> assistance.recordNeeds(7L, List.of(Need.LEGAL, Need.LEGAL)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("needs", "each need at most once")));
        verifyNoInteractions(tracks);
    }

    @Test
    void a_task_is_completed_only_with_its_id() {
        assertThatThrownBy(() -> assistance.completeFollowUp(" ", 7L, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("taskId"));
        verifyNoInteractions(tasks);
    }

    @Test
    void closing_ends_an_open_track_or_records_one_that_never_opened() {
        when(tracks.closeTrack(7L, TrackStatus.CLOSED, NOW)).thenReturn(1);

        assistance.closeTrack(7L, TrackStatus.CLOSED);
        assistance.closeTrack(8L, TrackStatus.DECLINED);

        verify(tracks, never()).insertTrack(7L, TrackStatus.CLOSED, NOW, NOW);
        verify(tracks).insertTrack(8L, TrackStatus.DECLINED, NOW, NOW);
    }

    private OpenTask victimsTask(String taskId, Element step, long victimId) {
        OpenTask task = new OpenTask(taskId, "SEA-2026-000001", step.id());
        when(tasks.openOf(VictimAssistanceProcess.KEY, taskId, step.id(), Variables.VICTIM_ID, victimId))
                .thenReturn(task);
        return task;
    }

    @Test
    void a_track_cannot_be_closed_as_open() {
        assertThatThrownBy(() -> assistance.closeTrack(7L, TrackStatus.OPEN)).isInstanceOf(InvalidInputException.class);
    }
}
