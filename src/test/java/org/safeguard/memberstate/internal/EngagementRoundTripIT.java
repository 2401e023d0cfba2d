package org.safeguard.memberstate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguard.memberstate.ActionKind;
import org.safeguard.memberstate.ActionTaken;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementClosedException;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.EngagementStatus;
import org.safeguard.memberstate.EngagementStep;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.MemberStateResponses;
import org.safeguard.memberstate.NewEngagement;
import org.safeguard.memberstate.RecordedReply;
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
        assertThat(engagements.findById(id))
                .isEqualTo(new Engagement(
                        id,
                        "SEA-2026-999999",
                        null,
                        "FR",
                        EngagementPurpose.NOTIFICATION,
                        EngagementStatus.OPEN,
                        null,
                        OPENED,
                        null));

        Instant closed = OPENED.plusSeconds(3600);
        assertThat(engagements.close(id, EngagementOutcome.NO_RESPONSE, closed)).isEqualTo(1);
        assertThat(engagements.close(id, EngagementOutcome.DECLINED, closed)).isZero();

        assertThat(engagements.findByCase("SEA-2026-999999"))
                .containsExactly(new Engagement(
                        id,
                        "SEA-2026-999999",
                        null,
                        "FR",
                        EngagementPurpose.NOTIFICATION,
                        EngagementStatus.CLOSED,
                        EngagementOutcome.NO_RESPONSE,
                        OPENED,
                        closed));
    }

    @Test
    void steps_read_back_in_order_with_the_officer_named_in_a_reply() {
        long id = insert();
        EngagementStep note = EngagementStep.of(id, EngagementStepKind.NOTE_VERBALE_SENT, OPENED, "NV/2026/117");
        EngagementStep reply = new EngagementStep(
                id,
                EngagementStepKind.REPLY_RECEIVED,
                OPENED.plusSeconds(60),
                "WILL_INVESTIGATE",
                "Col. A. Martin",
                "nio@mission.example");
        engagements.insertStep(reply);
        engagements.insertStep(note);

        assertThat(engagements.findSteps(id)).containsExactly(note, reply);
    }

    /** Changed on purpose: a reply to a closed engagement used to be kept as LATE_REPLY; now it is refused. */
    @Test
    void a_reply_to_a_closed_engagement_is_refused_and_leaves_no_step() {
        long id = insert();
        engagements.close(id, EngagementOutcome.NO_RESPONSE, OPENED.plusSeconds(60));

        assertThatThrownBy(() -> responses.receive(id, MemberStateReply.of(ReplyKind.DECLINES)))
                .isInstanceOf(EngagementClosedException.class);
        assertThat(engagements.findSteps(id)).isEmpty();
    }

    @Test
    void a_reply_reads_back_with_who_recorded_it_and_the_actions_it_reported() {
        long id = insert();
        EngagementKey step = new EngagementKey();
        engagements.insertReply(
                new ReplyRow(
                        id,
                        ReplyKind.ACTIONS_REPORTED,
                        OPENED,
                        null,
                        null,
                        "Dates confirmed by the court registry",
                        "manager",
                        true,
                        "a".repeat(64),
                        "manager",
                        "key-1"),
                step);
        ActionTaken action = new ActionTaken(ActionKind.DISCIPLINARY, LocalDate.of(2026, 10, 30), "Reduced in rank");
        engagements.insertAction(step.getValue(), action);

        assertThat(engagements.findReplyByRequest("manager", "key-1"))
                .isEqualTo(new StoredReply(
                        step.getValue(),
                        id,
                        "SEA-2026-999999",
                        EngagementStepKind.REPLY_RECEIVED,
                        "ACTIONS_REPORTED",
                        OPENED,
                        "a".repeat(64)));
        assertThat(engagements.findLastReplyOrAnswer(id).stepId()).isEqualTo(step.getValue());
        assertThat(engagements.findActions(step.getValue())).containsExactly(action);
        assertThat(engagements.findReplies("FR", 10))
                .filteredOn(reply -> reply.engagementId() == id)
                .containsExactly(new RecordedReply(
                        step.getValue(),
                        id,
                        "SEA-2026-999999",
                        EngagementPurpose.NOTIFICATION,
                        ReplyKind.ACTIONS_REPORTED,
                        OPENED,
                        null,
                        null,
                        "Dates confirmed by the court registry",
                        "manager",
                        true));
        assertThat(engagements.findSteps(id))
                .extracting(EngagementStep::remark)
                .containsExactly("Dates confirmed by the court registry");
    }

    private long insert() {
        EngagementKey key = new EngagementKey();
        engagements.insert(
                new NewEngagement("SEA-2026-999999", null, "FR", EngagementPurpose.NOTIFICATION), OPENED, key);
        return key.getValue();
    }
}
