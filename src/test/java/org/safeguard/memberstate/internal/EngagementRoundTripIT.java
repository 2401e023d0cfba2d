package org.safeguard.memberstate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStatus;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.NewEngagement;
import org.safeguard.memberstate.ReplyHandling;
import org.safeguard.memberstate.ReplyKind;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** What the engagement mapper writes reads back unchanged, on H2 and on MariaDB. Each test rolls back. */
@SafeguardIntegrationTest
@Transactional
class EngagementRoundTripIT {

    static final Instant OPENED = Instant.parse("2026-11-02T09:00:00.123456Z");

    @Autowired
    EngagementMapper engagements;
    @Autowired
    MemberStateResponses responses;

    @Test
    void an_engagement_reads_back_open_and_then_closed_with_its_outcome() {
        long id = insert();
        assertThat(engagements.findById(id)).isEqualTo(new Engagement(id, "SEA-2026-999999", null, "FR",
                EngagementPurpose.NOTIFICATION, EngagementStatus.OPEN, null, OPENED, null));

        Instant closed = OPENED.plusSeconds(3600);
        assertThat(engagements.close(id, EngagementOutcome.NO_RESPONSE, closed)).isEqualTo(1);
        assertThat(engagements.close(id, EngagementOutcome.DECLINED, closed)).isZero();

        assertThat(engagements.findByCase("SEA-2026-999999")).containsExactly(new Engagement(id, "SEA-2026-999999",
                null, "FR", EngagementPurpose.NOTIFICATION, EngagementStatus.CLOSED, EngagementOutcome.NO_RESPONSE,
                OPENED, closed));
    }

    @Test
    void steps_read_back_in_order_with_the_officer_named_in_a_reply() {
        long id = insert();
        EngagementStep note = EngagementStep.of(id, EngagementStepKind.NOTE_VERBALE_SENT, OPENED, "NV/2026/117");
        EngagementStep reply = new EngagementStep(id, EngagementStepKind.REPLY_RECEIVED, OPENED.plusSeconds(60),
                "WILL_INVESTIGATE", "Col. A. Martin", "nio@mission.example");
        engagements.insertStep(reply);
        engagements.insertStep(note);

        assertThat(engagements.findSteps(id)).containsExactly(note, reply);
    }

    @Test
    void a_reply_to_a_closed_engagement_is_kept_as_late() {
        long id = insert();
        engagements.close(id, EngagementOutcome.NO_RESPONSE, OPENED.plusSeconds(60));

        assertThat(responses.receive(id, MemberStateReply.of(ReplyKind.DECLINES))).isEqualTo(ReplyHandling.LATE);
        assertThat(engagements.findSteps(id)).extracting(EngagementStep::kind).containsExactly(EngagementStepKind.LATE_REPLY);
    }

    private long insert() {
        EngagementKey key = new EngagementKey();
        engagements.insert(new NewEngagement("SEA-2026-999999", null, "FR", EngagementPurpose.NOTIFICATION), OPENED, key);
        return key.getValue();
    }
}
