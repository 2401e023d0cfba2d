package org.safeguard.memberstate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.memberstate.ActionKind;
import org.safeguard.memberstate.ActionTaken;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.MemberStateReply;
import org.safeguard.memberstate.ReplyKind;

/** The reply form without a server: the answers it offers, what it hands the service, where refusals show. */
class ReplyFormTest {

    @Test
    void a_notification_offers_to_investigate_jointly_decline_or_ask_and_a_follow_up_offers_to_report_actions() {
        assertThat(new ReplyForm(EngagementPurpose.NOTIFICATION)
                        .kind()
                        .getListDataView()
                        .getItems())
                .containsExactly(
                        ReplyKind.WILL_INVESTIGATE,
                        ReplyKind.JOINT,
                        ReplyKind.DECLINES,
                        ReplyKind.REQUESTS_INFORMATION);
        assertThat(new ReplyForm(EngagementPurpose.ACTIONS_TAKEN)
                        .kind()
                        .getListDataView()
                        .getItems())
                .contains(ReplyKind.ACTIONS_REPORTED)
                .doesNotContain(ReplyKind.WILL_INVESTIGATE);
    }

    @Test
    void will_investigate_asks_for_the_officer_and_hands_the_service_their_name_and_contact() {
        ReplyForm form = new ReplyForm(EngagementPurpose.NOTIFICATION);
        assertThat(form.officerName().isVisible()).isFalse();

        form.kind().setValue(ReplyKind.WILL_INVESTIGATE);
        form.officerName().setValue("  Maj. C. Tremblay ");
        form.officerContact().setValue("c.tremblay@forces.example");

        assertThat(form.officerName().isVisible()).isTrue();
        assertThat(form.reply())
                .isEqualTo(new MemberStateReply(
                        ReplyKind.WILL_INVESTIGATE, null, "Maj. C. Tremblay", "c.tremblay@forces.example"));
    }

    @Test
    void a_report_of_actions_hands_each_dated_action_to_the_service() {
        ReplyForm form = new ReplyForm(EngagementPurpose.ACTIONS_TAKEN);
        form.kind().setValue(ReplyKind.ACTIONS_REPORTED);
        ActionRow first = form.actionRows().get(0);
        first.kind().setValue(ActionKind.JUDICIAL);
        first.takenOn().setValue(LocalDate.of(2026, 10, 2));
        form.addActionRow();
        ActionRow second = form.actionRows().get(1);
        second.kind().setValue(ActionKind.REPATRIATION);
        second.takenOn().setValue(LocalDate.of(2026, 9, 1));
        second.detail().setValue("Rotated home early");

        assertThat(form.reply().actions())
                .containsExactly(
                        new ActionTaken(ActionKind.JUDICIAL, LocalDate.of(2026, 10, 2), null),
                        new ActionTaken(ActionKind.REPATRIATION, LocalDate.of(2026, 9, 1), "Rotated home early"));
    }

    @Test
    void the_remark_goes_with_any_answer_and_its_refusal_shows_at_it_in_the_users_words() {
        ReplyForm form = new ReplyForm(EngagementPurpose.NOTIFICATION);
        form.kind().setValue(ReplyKind.DECLINES);
        form.remark().setValue("Our national left the armed forces in May.");

        assertThat(form.reply().remark()).isEqualTo("Our national left the armed forces in May.");
        assertThat(form.remark().getMaxLength()).isEqualTo(MemberStateReply.REMARK_MAX);

        form.showViolations(List.of(new Violation("remark", "is longer than 1000")));
        assertThat(form.remark().isInvalid()).isTrue();
        assertThat(form.remark().getErrorMessage()).isEqualTo("Shorten the remark to at most 1,000 characters.");
    }

    @Test
    void no_answer_chosen_is_refused_at_the_choice() {
        ReplyForm form = new ReplyForm(EngagementPurpose.NOTIFICATION);

        assertThatThrownBy(form::reply)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, refused -> form.showViolations(refused.violations()));
        assertThat(form.kind().isInvalid()).isTrue();
    }

    @Test
    void refusals_show_at_the_officer_and_at_the_row_of_an_action_and_keep_what_was_typed() {
        ReplyForm form = new ReplyForm(EngagementPurpose.ACTIONS_TAKEN);
        form.kind().setValue(ReplyKind.ACTIONS_REPORTED);
        form.actionRows().get(0).kind().setValue(ActionKind.DISCIPLINARY);

        form.showViolations(List.of(new Violation("actions[0].takenOn", "is required")));

        assertThat(form.actionRows().get(0).takenOn().isInvalid()).isTrue();
        assertThat(form.actionRows().get(0).kind().getValue()).isEqualTo(ActionKind.DISCIPLINARY);

        form.showViolations(List.of(new Violation("investigationOfficerName", "is required")));
        assertThat(form.actionRows().get(0).takenOn().isInvalid()).isFalse();
        assertThat(form.officerName().isInvalid()).isTrue();
    }
}
