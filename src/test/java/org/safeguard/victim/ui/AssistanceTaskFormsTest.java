package org.safeguard.victim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.victim.AgeGroup;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.AssistanceTasks;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referral;
import org.safeguard.victim.ReferralStatus;
import org.safeguard.victim.Referrals;
import org.safeguard.victim.Sex;
import org.safeguard.victim.VictimSummary;

/** Each assistance form passes the task's own victim or referral, and what was chosen, to its typed method. */
class AssistanceTaskFormsTest {

    static final VictimSummary CHILD = new VictimSummary(7L, "V-7Q3KD", AgeGroup.CHILD, Sex.FEMALE, true);
    static final Referral REFERRAL = new Referral(
            5L,
            7L,
            Need.MEDICAL,
            null,
            null,
            ReferralStatus.PENDING,
            Instant.parse("2026-11-28T09:00:00Z"),
            Instant.parse("2026-11-28T09:00:00Z"),
            null);

    AssistanceTasks tasks = mock(AssistanceTasks.class);
    Assistance assistance = mock(Assistance.class);
    Referrals referrals = mock(Referrals.class);
    AssistanceTaskForms forms = new AssistanceTaskForms(tasks, assistance, referrals);
    AtomicBoolean completed = new AtomicBoolean();

    @Test
    void the_consent_given_for_the_tasks_victim_completes_the_gate() {
        ConsentForm form = (ConsentForm) form(VictimAssistanceProcess.Element.user_record_consent.id());
        form.given().setValue(true);
        form.givenBy().setValue(ConsentGiver.PARENT_OR_GUARDIAN);

        complete(form);

        verify(assistance).completeConsentGate("task-1", 7L, true, ConsentGiver.PARENT_OR_GUARDIAN);
        assertThat(completed).isTrue();
    }

    @Test
    void an_unanswered_consent_never_reaches_the_service() {
        ConsentForm form = (ConsentForm) form(VictimAssistanceProcess.Element.user_record_consent.id());

        complete(form);

        verify(assistance, never()).completeConsentGate(anyString(), anyLong(), anyBoolean(), any());
        assertThat(form.givenBy().isInvalid()).isTrue();
        assertThat(completed).isFalse();
    }

    @Test
    void a_refusal_of_the_service_stays_on_the_form() {
        ConsentForm form = (ConsentForm) form(VictimAssistanceProcess.Element.user_record_consent.id());
        form.given().setValue(true);
        form.givenBy().setValue(ConsentGiver.SELF);
        doThrow(new InvalidInputException(
                        List.of(new Violation("givenBy", "a child's consent is given through a parent or guardian"))))
                .when(assistance)
                .completeConsentGate("task-1", 7L, true, ConsentGiver.SELF);

        complete(form);

        assertThat(form.givenBy().getErrorMessage())
                .isEqualTo("A child’s consent is given through a parent or guardian.");
        assertThat(form.givenBy().getValue()).isEqualTo(ConsentGiver.SELF);
        assertThat(completed).isFalse();
    }

    @Test
    void the_needs_chosen_complete_the_assessment() {
        NeedsForm form = (NeedsForm) form(VictimAssistanceProcess.Element.user_assess_needs.id());
        form.needsField().setValue(Set.of(Need.SAFETY, Need.PSYCHOSOCIAL));

        complete(form);

        verify(assistance).completeNeedsAssessment("task-1", 7L, List.of(Need.SAFETY, Need.PSYCHOSOCIAL));
    }

    @Test
    void the_provider_named_completes_the_tasks_referral() {
        when(tasks.referralOf("task-1", VictimAssistanceProcess.Element.user_refer_to_provider.id()))
                .thenReturn(REFERRAL);
        ReferralForm form = (ReferralForm) form(VictimAssistanceProcess.Element.user_refer_to_provider.id());
        form.providerCodeField().setValue("CLINIC-12");
        form.providerNameField().setValue("Clinique");

        complete(form);

        verify(referrals).completeReferral("task-1", 5L, "CLINIC-12", "Clinique");
    }

    @Test
    void a_manager_resolves_the_tasks_overdue_referral() {
        when(tasks.referralOf("task-1", VictimAssistanceProcess.Element.user_resolve_overdue_referral.id()))
                .thenReturn(REFERRAL);

        complete(form(VictimAssistanceProcess.Element.user_resolve_overdue_referral.id()));

        verify(referrals).resolveOverdue("task-1", 5L);
    }

    @Test
    void the_follow_up_says_whether_assistance_continues() {
        FollowUpForm form = (FollowUpForm) form(VictimAssistanceProcess.Element.user_follow_up.id());
        form.choice().setValue(true);

        complete(form);

        verify(assistance).completeFollowUp("task-1", 7L, true);
    }

    @Test
    void every_task_of_the_assistance_process_has_a_form() {
        assertThat(forms.taskKinds())
                .containsExactlyInAnyOrder(
                        "user_record_consent",
                        "user_assess_needs",
                        "user_refer_to_provider",
                        "user_resolve_overdue_referral",
                        "user_follow_up");
    }

    private Component form(String kind) {
        when(tasks.victimOf("task-1", kind)).thenReturn(CHILD);
        return forms.form("task-1", kind, () -> completed.set(true));
    }

    private static void complete(Component form) {
        form.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.hasClassName("complete-task"))
                .findFirst()
                .orElseThrow()
                .click();
    }
}
