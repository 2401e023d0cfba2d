package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.memberstate.internal.EngagementKey;
import org.safeguard.memberstate.internal.EngagementMapper;
import org.safeguard.memberstate.internal.ReplyFingerprint;
import org.safeguard.memberstate.internal.ReplyRow;
import org.safeguard.memberstate.internal.ReplyRules;
import org.safeguard.memberstate.internal.Responder;
import org.safeguard.memberstate.internal.Responders;
import org.safeguard.memberstate.internal.StoredReply;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

class MemberStateResponsesTest {

    static final long ID = 42L;
    static final long STEP = 7L;
    static final String CASE = "SEA-2026-000001";
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    EngagementMapper mapper = mock(EngagementMapper.class);
    ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    AuditTrail audit = mock(AuditTrail.class);
    Responders responders = mock(Responders.class);
    CaseVisibility cases = mock(CaseVisibility.class);
    MemberStateResponses responses =
            new MemberStateResponses(mapper, events, CLOCK, audit, new ReplyRules(CLOCK), responders, cases);

    MemberStateResponsesTest() {
        when(responders.acting()).thenReturn(new Responder("focal-fr", "FR", false));
        doAnswer(call -> {
                    call.getArgument(1, EngagementKey.class).setValue(STEP);
                    return null;
                })
                .when(mapper)
                .insertReply(any(), any());
    }

    @Test
    void a_reply_to_an_open_engagement_is_recorded_with_its_officer_and_remark_and_announced_without_the_remark() {
        engagement(EngagementStatus.OPEN, "FR");
        MemberStateReply reply = new MemberStateReply(
                ReplyKind.WILL_INVESTIGATE,
                null,
                "Col. A. Martin",
                "nio@mission.example",
                List.of(),
                "  The provost marshal opened file 26/114.  ");

        ReplyReceipt receipt = responses.receive(ID, reply);

        assertThat(receipt).isEqualTo(new ReplyReceipt(ID, STEP, CASE, ReplyKind.WILL_INVESTIGATE, NOW, false));
        verify(mapper)
                .insertReply(
                        eq(new ReplyRow(
                                ID,
                                ReplyKind.WILL_INVESTIGATE,
                                NOW,
                                "Col. A. Martin",
                                "nio@mission.example",
                                "The provost marshal opened file 26/114.",
                                "focal-fr",
                                false,
                                ReplyFingerprint.of(reply),
                                null,
                                null)),
                        any());
        verify(events).publishEvent(new MemberStateReplied(ID, ReplyKind.WILL_INVESTIGATE, NOW));
        verify(audit)
                .record(AuditEntry.of(
                        AuditAction.MEMBER_STATE_REPLY_RECEIVED, CASE, "engagement:" + ID, "WILL_INVESTIGATE"));
    }

    @Test
    void the_same_reply_again_answers_the_first_receipt_and_records_nothing() {
        MemberStateReply reply = MemberStateReply.of(ReplyKind.DECLINES);
        engagement(EngagementStatus.OPEN, "FR");
        lastReply(EngagementStepKind.REPLY_RECEIVED, "DECLINES", ReplyFingerprint.of(reply));

        ReplyReceipt receipt = responses.receive(ID, reply);

        assertThat(receipt).isEqualTo(new ReplyReceipt(ID, STEP, CASE, ReplyKind.DECLINES, OPENED, true));
        nothingRecorded();
    }

    @Test
    void the_same_reply_to_the_engagement_it_closed_is_still_answered_with_its_receipt() {
        MemberStateReply reply = MemberStateReply.of(ReplyKind.DECLINES);
        engagement(EngagementStatus.CLOSED, "FR");
        lastReply(EngagementStepKind.REPLY_RECEIVED, "DECLINES", ReplyFingerprint.of(reply));

        assertThat(responses.receive(ID, reply).replayed()).isTrue();
        nothingRecorded();
    }

    @Test
    void asking_for_information_again_after_it_was_provided_is_a_new_reply() {
        MemberStateReply reply = MemberStateReply.of(ReplyKind.REQUESTS_INFORMATION);
        engagement(EngagementStatus.OPEN, "FR");
        lastReply(EngagementStepKind.INFORMATION_PROVIDED, null, null);

        assertThat(responses.receive(ID, reply).replayed()).isFalse();
        verify(events).publishEvent(new MemberStateReplied(ID, ReplyKind.REQUESTS_INFORMATION, NOW));
    }

    /** Changed on purpose: such a reply used to be recorded silently as LATE_REPLY. */
    @Test
    void a_different_reply_to_a_closed_engagement_is_refused_and_records_nothing() {
        engagement(EngagementStatus.CLOSED, "FR");

        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.ACKNOWLEDGED)))
                .isInstanceOf(EngagementClosedException.class);
        nothingRecorded();
    }

    @Test
    void the_same_idempotency_key_gets_the_first_receipt_and_another_reply_under_it_is_refused() {
        MemberStateReply reply = MemberStateReply.of(ReplyKind.DECLINES);
        when(mapper.findReplyByRequest("client", "k-1"))
                .thenReturn(new StoredReply(
                        STEP,
                        ID,
                        CASE,
                        EngagementStepKind.REPLY_RECEIVED,
                        "DECLINES",
                        OPENED,
                        ReplyFingerprint.of(reply)));

        assertThat(responses.receive(EngagementAddress.of(ID), reply, new ReplyKey("client", "k-1")))
                .isEqualTo(new ReplyReceipt(ID, STEP, CASE, ReplyKind.DECLINES, OPENED, true));
        assertThatThrownBy(() -> responses.receive(
                        EngagementAddress.of(ID),
                        new MemberStateReply(ReplyKind.JOINT, null, "Col. B", null),
                        new ReplyKey("client", "k-1")))
                .isInstanceOf(ReplyKeyReusedException.class);
        nothingRecorded();
    }

    @Test
    void a_reply_keeps_the_date_it_was_received() {
        engagement(EngagementStatus.OPEN, "FR");
        Instant received = Instant.parse("2026-11-19T16:30:00Z");

        responses.receive(ID, new MemberStateReply(ReplyKind.DECLINES, received, null, null));

        verify(events).publishEvent(new MemberStateReplied(ID, ReplyKind.DECLINES, received));
    }

    @Test
    void a_reply_to_an_unknown_engagement_is_not_found() {
        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.DECLINES)))
                .isInstanceOf(NotFoundException.class);
        nothingRecorded();
    }

    @Test
    void a_focal_point_finds_no_engagement_of_another_member_state() {
        engagement(EngagementStatus.OPEN, "UY");

        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.DECLINES)))
                .isInstanceOf(NotFoundException.class);
        nothingRecorded();
    }

    @Test
    void a_manager_records_a_paper_reply_on_the_member_states_behalf_and_the_audit_says_so() {
        when(responders.acting()).thenReturn(new Responder("manager", null, true));
        engagement(EngagementStatus.OPEN, "UY");

        responses.receive(ID, MemberStateReply.of(ReplyKind.DECLINES));

        verify(audit)
                .record(AuditEntry.of(
                        AuditAction.MEMBER_STATE_REPLY_RECORDED_ON_BEHALF, CASE, "engagement:" + ID, "DECLINES"));
    }

    @Test
    void a_manager_excluded_from_the_case_finds_no_engagement_to_reply_for() {
        when(responders.acting()).thenReturn(new Responder("manager", null, true));
        engagement(EngagementStatus.OPEN, "UY");
        doThrow(new NotFoundException("Case " + CASE)).when(cases).requireVisible(CASE);

        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.DECLINES)))
                .isInstanceOf(NotFoundException.class);
        nothingRecorded();
    }

    @Test
    void a_role_that_may_not_reply_is_refused_before_anything_is_read() {
        when(responders.acting()).thenThrow(new AccessDeniedException("no"));

        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.DECLINES)))
                .isInstanceOf(AccessDeniedException.class);
        verify(mapper, never()).findByIdForUpdate(anyLong());
    }

    @Test
    void a_reply_by_case_and_subject_group_goes_to_the_engagement_open_for_that_group() {
        Engagement closed = new Engagement(
                41L,
                CASE,
                7L,
                "FR",
                EngagementPurpose.NOTIFICATION,
                EngagementStatus.CLOSED,
                EngagementOutcome.DECLINED,
                OPENED,
                NOW);
        Engagement open = engagement(EngagementStatus.OPEN, "FR");
        when(mapper.findForGroup(CASE, 7L, null)).thenReturn(List.of(open, closed));

        ReplyReceipt receipt = responses.receive(
                new EngagementAddress(null, CASE, 7L, null), MemberStateReply.of(ReplyKind.DECLINES), null);

        assertThat(receipt.engagementId()).isEqualTo(ID);
    }

    @Test
    void a_reply_without_a_kind_or_an_engagement_is_refused_naming_both() {
        assertThatThrownBy(() -> responses.receive(
                        new EngagementAddress(null, null, null, null),
                        new MemberStateReply(null, null, null, null),
                        null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("engagementId", "kind"));
        nothingRecorded();
    }

    @Test
    void a_remark_longer_than_a_reply_keeps_is_refused_naming_it_and_a_blank_one_is_none() {
        engagement(EngagementStatus.OPEN, "FR");
        String tooLong = "x".repeat(MemberStateReply.REMARK_MAX + 1);

        assertThatThrownBy(() -> responses.receive(
                        ID, new MemberStateReply(ReplyKind.DECLINES, null, null, null, List.of(), tooLong)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("remark"));
        nothingRecorded();
        assertThat(new MemberStateReply(ReplyKind.DECLINES, null, null, null, List.of(), " \n ").remark())
                .isNull();
    }

    @Test
    void a_remark_makes_a_reply_different_from_the_same_answer_without_one() {
        MemberStateReply plain = MemberStateReply.of(ReplyKind.DECLINES);
        MemberStateReply remarked = new MemberStateReply(
                ReplyKind.DECLINES, null, null, null, List.of(), "Our national has left the service");

        assertThat(ReplyFingerprint.of(remarked)).isNotEqualTo(ReplyFingerprint.of(plain));
    }

    @Test
    void a_member_state_that_investigates_must_name_its_investigation_officer() {
        engagement(EngagementStatus.OPEN, "FR");

        assertThatThrownBy(() -> responses.receive(ID, MemberStateReply.of(ReplyKind.JOINT)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting("field")
                                .containsExactly("investigationOfficerName"));
        nothingRecorded();
    }

    @Test
    void a_report_of_actions_lists_each_dated_action_and_no_other_reply_lists_any() {
        ActionTaken future = new ActionTaken(ActionKind.JUDICIAL, LocalDate.of(2026, 12, 1), null);
        ActionTaken undated = new ActionTaken(ActionKind.REPATRIATION, null, null);

        assertThatThrownBy(() -> responses.receive(
                        ID,
                        new MemberStateReply(ReplyKind.ACTIONS_REPORTED, null, null, null, List.of(future, undated))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting("field")
                                .containsExactly("actions[0].takenOn", "actions[1].takenOn"));
        assertThatThrownBy(() -> responses.receive(
                        ID, new MemberStateReply(ReplyKind.ACTIONS_REPORTED, null, null, null, List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").containsExactly("actions"));
        assertThatThrownBy(() -> responses.receive(
                        ID, new MemberStateReply(ReplyKind.DECLINES, null, null, null, List.of(undated))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting("field").contains("actions"));
        nothingRecorded();
    }

    @Test
    void reported_actions_are_recorded_with_the_reply() {
        engagement(EngagementStatus.OPEN, "FR");
        ActionTaken repatriated = new ActionTaken(ActionKind.REPATRIATION, LocalDate.of(2026, 11, 10), "Rotated home");

        responses.receive(ID, new MemberStateReply(ReplyKind.ACTIONS_REPORTED, null, null, null, List.of(repatriated)));

        verify(mapper).insertAction(STEP, repatriated);
    }

    private Engagement engagement(EngagementStatus status, String nationality) {
        Engagement engagement =
                new Engagement(ID, CASE, 7L, nationality, EngagementPurpose.NOTIFICATION, status, null, OPENED, null);
        when(mapper.findByIdForUpdate(ID)).thenReturn(engagement);
        return engagement;
    }

    private void lastReply(EngagementStepKind kind, String detail, String hash) {
        when(mapper.findLastReplyOrAnswer(ID)).thenReturn(new StoredReply(STEP, ID, CASE, kind, detail, OPENED, hash));
    }

    private void nothingRecorded() {
        verify(mapper, never()).insertReply(any(), any());
        verify(mapper, never()).insertAction(anyLong(), any());
        verify(events, never()).publishEvent(any());
        verify(audit, never()).record(any());
    }
}
