package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** What a focal point's portal lists: their nationals' engagements waiting for a reply, the ladder ahead, the replies given. */
@SafeguardIntegrationTest
class MemberStatePortalIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberStateResponses responses;

    @Autowired
    MemberStatePortal portal;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void a_focal_point_sees_their_nationals_engagement_waiting_with_the_ladder_the_engine_will_climb() {
        EngagementFixture waiting = engine().awaitingReply("CA");

        try (SignedIn focal = SignedIn.as(contexts, "focal-ca", Role.FOCAL_POINT)) {
            PendingEngagement pending = portal.pending(waiting.engagementId()).orElseThrow();

            assertThat(portal.memberState()).map(MemberState::code).hasValue("CA");
            assertThat(pending.engagement().purpose()).isEqualTo(EngagementPurpose.NOTIFICATION);
            assertThat(pending.personnelCategory()).isEqualTo("MILITARY_CONTINGENT");
            assertThat(pending.entity()).isEqualTo("MINUSCA");
            assertThat(pending.ladder())
                    .extracting(LadderDeadline::rung)
                    .containsExactly(
                            LadderRung.REMINDER, LadderRung.PERMANENT_REPRESENTATIVE, LadderRung.SENIOR_LEADERSHIP);
            assertThat(pending.replyDue()).isAfter(pending.notifiedAt());
            assertThat(pending.steps()).extracting(EngagementStep::kind).contains(EngagementStepKind.NOTE_VERBALE_SENT);
        }
        try (SignedIn other = SignedIn.as(contexts, "focal-uy", Role.FOCAL_POINT)) {
            assertThat(portal.pending())
                    .extracting(p -> p.engagement().caseReference())
                    .doesNotContain(waiting.caseReference());
            assertThat(portal.pending(waiting.engagementId())).isEmpty();
        }
        try (SignedIn manager = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            assertThat(portal.pending()).isEmpty();
        }
    }

    @Test
    void a_reply_leaves_the_waiting_list_for_the_history_with_the_actions_it_reported() {
        EngagementFixture waiting = engine().awaitingReply("CA");
        ActionTaken repatriation = new ActionTaken(ActionKind.REPATRIATION, LocalDate.of(2026, 11, 3), null);

        try (SignedIn focal = SignedIn.as(contexts, "focal-ca", Role.FOCAL_POINT)) {
            responses.receive(
                    waiting.engagementId(),
                    new MemberStateReply(ReplyKind.ACTIONS_REPORTED, null, null, null, List.of(repatriation)));
            assertThat(portal.pending(waiting.engagementId())).isEmpty();
            List<RecordedReply> history = portal.replies();
            assertThat(history)
                    .filteredOn(reply -> reply.engagementId() == waiting.engagementId())
                    .singleElement()
                    .satisfies(reply -> {
                        assertThat(reply.kind()).isEqualTo(ReplyKind.ACTIONS_REPORTED);
                        assertThat(reply.actions()).containsExactly(repatriation);
                        assertThat(reply.recordedBy()).isEqualTo("focal-ca");
                        assertThat(reply.onBehalf()).isFalse();
                    });
        }
        try (SignedIn other = SignedIn.as(contexts, "focal-uy", Role.FOCAL_POINT)) {
            assertThat(portal.replies()).noneMatch(reply -> reply.engagementId() == waiting.engagementId());
        }
    }

    private EngagementFixture.Engine engine() {
        return EngagementFixture.Engine.of(new Api(port), context);
    }
}
