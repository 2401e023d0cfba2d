package org.safeguard.victim.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.safeguard.base.i18n.Texts;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.ui.TaskFormProvider;
import org.safeguard.base.ui.forms.ConfirmForm;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.AssistanceTasks;
import org.safeguard.victim.Referral;
import org.safeguard.victim.Referrals;
import org.safeguard.victim.VictimSummary;

/**
 * The forms of the victim-assistance process: consent, needs, referral, follow-up and a manager's
 * resolution of an overdue referral. Each finds its victim or referral through the task and
 * completes the task through {@link Assistance} or {@link Referrals}, so the rules are the API's.
 */
@org.springframework.stereotype.Component
class AssistanceTaskForms implements TaskFormProvider {

    private final AssistanceTasks tasks;
    private final Assistance assistance;
    private final Referrals referrals;

    AssistanceTaskForms(AssistanceTasks tasks, Assistance assistance, Referrals referrals) {
        this.tasks = tasks;
        this.assistance = assistance;
        this.referrals = referrals;
    }

    @Override
    public Set<String> taskKinds() {
        return Set.of(
                VictimAssistanceProcess.Element.user_record_consent.id(),
                VictimAssistanceProcess.Element.user_assess_needs.id(),
                VictimAssistanceProcess.Element.user_refer_to_provider.id(),
                VictimAssistanceProcess.Element.user_resolve_overdue_referral.id(),
                VictimAssistanceProcess.Element.user_follow_up.id());
    }

    @Override
    public Component form(String taskId, String taskKind, Runnable completed) {
        VictimSummary victim = tasks.victimOf(taskId, taskKind);
        return switch (VictimAssistanceProcess.Element.valueOf(taskKind)) {
            case user_record_consent -> {
                ConsentForm form = new ConsentForm(victim);
                yield form.completesWith(
                        () -> {
                            ConsentAnswer answer = form.answer();
                            assistance.completeConsentGate(taskId, victim.id(), answer.given(), answer.givenBy());
                        },
                        completed);
            }
            case user_assess_needs -> {
                NeedsForm form = new NeedsForm(victim);
                yield form.completesWith(
                        () -> assistance.completeNeedsAssessment(taskId, victim.id(), form.needs()), completed);
            }
            case user_refer_to_provider -> {
                Referral referral = tasks.referralOf(taskId, taskKind);
                ReferralForm form = new ReferralForm(referral, victim);
                yield form.completesWith(
                        () -> referrals.completeReferral(
                                taskId, referral.id(), form.providerCode(), form.providerName()),
                        completed);
            }
            case user_resolve_overdue_referral -> {
                Referral referral = tasks.referralOf(taskId, taskKind);
                ConfirmForm form = new ConfirmForm(
                        Texts.text(
                                "assistance.overdue",
                                victim.pseudonym(),
                                Texts.of(referral.need()),
                                Texts.dateTime(referral.dueAt())),
                        Texts.text("assistance.overdueResolved"));
                yield form.completesWith(() -> referrals.resolveOverdue(taskId, referral.id()), completed);
            }
            case user_follow_up -> {
                FollowUpForm form = new FollowUpForm(victim);
                yield form.completesWith(
                        () -> assistance.completeFollowUp(taskId, victim.id(), form.chosen()), completed);
            }
            default -> throw new IllegalArgumentException("No form for task kind " + taskKind);
        };
    }
}
