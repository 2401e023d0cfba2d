package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.springframework.context.ApplicationEventPublisher;

class MemberStateResponsesTest {

    static final long ID = 42L;
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");

    EngagementMapper mapper = mock(EngagementMapper.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    MemberStateResponses responses = new MemberStateResponses(mapper, events, Clock.fixed(NOW, ZoneOffset.UTC),
            mock(AuditTrail.class));

    @Test
    void a_reply_to_an_open_engagement_is_recorded_with_its_officer_and_announced() {
        engagement(EngagementStatus.OPEN);

        ReplyHandling handling = responses.receive(ID, new MemberStateReply(ReplyKind.WILL_INVESTIGATE, null,
                "Col. A. Martin", "nio@mission.example"));

        assertThat(handling).isEqualTo(ReplyHandling.ACCEPTED);
        verify(mapper).insertStep(new EngagementStep(ID, EngagementStepKind.REPLY_RECEIVED, NOW, "WILL_INVESTIGATE",
                "Col. A. Martin", "nio@mission.example"));
        verify(events).publishEvent(new MemberStateReplied(ID, ReplyKind.WILL_INVESTIGATE, NOW));
    }

    @Test
    void the_same_reply_twice_is_recorded_as_a_duplicate_and_changes_nothing() {
        engagement(EngagementStatus.OPEN, EngagementStep.of(ID, EngagementStepKind.REPLY_RECEIVED, OPENED, "DECLINES"));

        ReplyHandling handling = responses.receive(ID, MemberStateReply.of(ReplyKind.DECLINES));

        assertThat(handling).isEqualTo(ReplyHandling.DUPLICATE);
        verify(mapper).insertStep(EngagementStep.of(ID, EngagementStepKind.DUPLICATE_REPLY, NOW, "DECLINES"));
        verify(events, never()).publishEvent(any());
    }

    @Test
    void asking_for_information_again_after_it_was_provided_is_not_a_duplicate() {
        engagement(EngagementStatus.OPEN,
                EngagementStep.of(ID, EngagementStepKind.REPLY_RECEIVED, OPENED, "REQUESTS_INFORMATION"),
                EngagementStep.of(ID, EngagementStepKind.INFORMATION_PROVIDED, OPENED, null));

        assertThat(responses.receive(ID, MemberStateReply.of(ReplyKind.REQUESTS_INFORMATION)))
                .isEqualTo(ReplyHandling.ACCEPTED);
    }

    @Test
    void a_reply_to_a_closed_engagement_is_recorded_as_late_without_an_error() {
        engagement(EngagementStatus.CLOSED);

        ReplyHandling handling = responses.receive(ID, MemberStateReply.of(ReplyKind.ACKNOWLEDGED));

        assertThat(handling).isEqualTo(ReplyHandling.LATE);
        verify(mapper).insertStep(EngagementStep.of(ID, EngagementStepKind.LATE_REPLY, NOW, "ACKNOWLEDGED"));
        verify(events, never()).publishEvent(any());
    }

    @Test
    void a_reply_keeps_the_date_it_was_received() {
        engagement(EngagementStatus.OPEN);
        Instant received = Instant.parse("2026-11-19T16:30:00Z");

        responses.receive(ID, new MemberStateReply(ReplyKind.DECLINES, received, null, null));

        verify(events).publishEvent(new MemberStateReplied(ID, ReplyKind.DECLINES, received));
    }

    @Test
    void a_reply_to_an_unknown_engagement_is_not_found() {
        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.DECLINES)))
                .isInstanceOf(NotFoundException.class);
        verify(mapper, never()).insertStep(any());
    }

    @Test
    void a_reply_without_a_kind_is_refused() {
        assertThatThrownBy(() -> responses.receive(ID, new MemberStateReply(null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        verify(mapper, never()).insertStep(any());
    }

    @Test
    void a_member_state_that_investigates_must_name_its_investigation_officer() {
        engagement(EngagementStatus.OPEN);

        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.JOINT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting("field").containsExactly("investigationOfficerName"));
        verify(mapper, never()).insertStep(any());
    }

    private void engagement(EngagementStatus status, EngagementStep... steps) {
        when(mapper.findByIdForUpdate(ID)).thenReturn(new Engagement(ID, "SEA-2026-000001", 7L, "FR",
                EngagementPurpose.NOTIFICATION, status, null, OPENED, null));
        when(mapper.findSteps(ID)).thenReturn(List.of(steps));
    }
}
