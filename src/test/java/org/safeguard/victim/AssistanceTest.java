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
import org.safeguard.base.Violation;
import org.safeguard.victim.internal.AssistanceTrackMapper;
import org.springframework.context.ApplicationEventPublisher;

class AssistanceTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    AssistanceTrackMapper tracks = mock(AssistanceTrackMapper.class);
    VictimConsents consents = mock(VictimConsents.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    Assistance assistance =
            new Assistance(tracks, consents, events, Clock.fixed(NOW, ZoneOffset.UTC), VictimConsentsTest.advocate());

    @Test
    void consent_at_the_gate_is_recorded_opens_the_track_and_completes_the_task() {
        when(tracks.findStatus(7L)).thenReturn(Optional.empty());

        assistance.completeConsentGate("task-1", 7L, true, ConsentGiver.PARENT_OR_GUARDIAN);

        verify(consents).record(7L, ConsentScope.ASSISTANCE, true, ConsentGiver.PARENT_OR_GUARDIAN);
        verify(tracks).insertTrack(7L, TrackStatus.OPEN, NOW, null);
        verify(events).publishEvent(new AssistanceConsentDecided("task-1", 7L, true, ConsentGiver.PARENT_OR_GUARDIAN));
    }

    @Test
    void a_refusal_at_the_gate_is_recorded_without_opening_a_track() {
        assistance.completeConsentGate("task-1", 7L, false, ConsentGiver.SELF);

        verify(consents).record(7L, ConsentScope.ASSISTANCE, false, ConsentGiver.SELF);
        verify(tracks, never()).insertTrack(anyLong(), any(), any(), any());
    }

    @Test
    void assessed_needs_replace_earlier_ones_and_complete_the_task() {
        assistance.completeNeedsAssessment("task-2", 7L, List.of(Need.SAFETY, Need.CHILD_SUPPORT));

        verify(tracks).deleteNeeds(7L);
        verify(tracks).insertNeed(7L, Need.SAFETY, NOW);
        verify(tracks).insertNeed(7L, Need.CHILD_SUPPORT, NOW);
        verify(tracks).insertAssessment(7L, "SAFETY,CHILD_SUPPORT", NOW, "vra");
        verify(events).publishEvent(new NeedsAssessed("task-2", 7L, List.of(Need.SAFETY, Need.CHILD_SUPPORT)));
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
        verifyNoInteractions(events);
    }

    @Test
    void closing_ends_an_open_track_or_records_one_that_never_opened() {
        when(tracks.closeTrack(7L, TrackStatus.CLOSED, NOW)).thenReturn(1);

        assistance.closeTrack(7L, TrackStatus.CLOSED);
        assistance.closeTrack(8L, TrackStatus.DECLINED);

        verify(tracks, never()).insertTrack(7L, TrackStatus.CLOSED, NOW, NOW);
        verify(tracks).insertTrack(8L, TrackStatus.DECLINED, NOW, NOW);
    }

    @Test
    void a_track_cannot_be_closed_as_open() {
        assertThatThrownBy(() -> assistance.closeTrack(7L, TrackStatus.OPEN)).isInstanceOf(InvalidInputException.class);
    }
}
