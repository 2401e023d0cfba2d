package org.safeguard.victim.rest;

import java.util.List;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.tasks.Confirmation;
import org.safeguard.base.tasks.TaskCompletion;
import org.safeguard.base.tasks.TaskCompletionProvider;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.AssistanceTasks;
import org.safeguard.victim.ConsentGiver;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referrals;
import org.springframework.stereotype.Component;

/**
 * The task API's bodies for the victim-assistance tasks. The victim and the referral are the task's
 * own, found through it as the forms find them: no body names a victim, and nothing about one goes
 * into a URL.
 */
@Component
class AssistanceTaskCompletions implements TaskCompletionProvider {

    private final AssistanceTasks tasks;
    private final Assistance assistance;
    private final Referrals referrals;

    AssistanceTaskCompletions(AssistanceTasks tasks, Assistance assistance, Referrals referrals) {
        this.tasks = tasks;
        this.assistance = assistance;
        this.referrals = referrals;
    }

    @Override
    public List<TaskCompletion<?>> completions() {
        return List.of(
                TaskCompletion.of(
                        VictimAssistanceProcess.Element.user_record_consent.id(),
                        ConsentAnswer.class,
                        (taskId, body) -> assistance.completeConsentGate(
                                taskId,
                                victimOf(taskId, VictimAssistanceProcess.Element.user_record_consent.id()),
                                body.given(),
                                body.givenBy())),
                TaskCompletion.of(
                        VictimAssistanceProcess.Element.user_assess_needs.id(),
                        NeedsAssessment.class,
                        (taskId, body) -> assistance.completeNeedsAssessment(
                                taskId,
                                victimOf(taskId, VictimAssistanceProcess.Element.user_assess_needs.id()),
                                body.needs())),
                TaskCompletion.of(
                        VictimAssistanceProcess.Element.user_refer_to_provider.id(),
                        ProviderReferral.class,
                        (taskId, body) -> referrals.completeReferral(
                                taskId,
                                referralOf(taskId, VictimAssistanceProcess.Element.user_refer_to_provider.id()),
                                body.providerCode(),
                                body.providerName())),
                TaskCompletion.of(
                        VictimAssistanceProcess.Element.user_resolve_overdue_referral.id(),
                        Confirmation.class,
                        (taskId, body) -> referrals.resolveOverdue(
                                taskId,
                                referralOf(
                                        taskId, VictimAssistanceProcess.Element.user_resolve_overdue_referral.id()))),
                TaskCompletion.of(
                        VictimAssistanceProcess.Element.user_follow_up.id(),
                        FollowUp.class,
                        (taskId, body) -> assistance.completeFollowUp(
                                taskId,
                                victimOf(taskId, VictimAssistanceProcess.Element.user_follow_up.id()),
                                body.continueAssistance())));
    }

    private long victimOf(String taskId, String kind) {
        return tasks.victimOf(taskId, kind).id();
    }

    private long referralOf(String taskId, String kind) {
        return tasks.referralOf(taskId, kind).id();
    }

    /** Whether the offer of assistance was accepted, and by whom: SELF, or PARENT_OR_GUARDIAN for a child. */
    record ConsentAnswer(boolean given, ConsentGiver givenBy) {}

    /** The needs found, each at most once. */
    record NeedsAssessment(List<Need> needs) {}

    /** The provider the victim was referred to. */
    record ProviderReferral(String providerCode, String providerName) {}

    /** Whether the victim's assistance goes on after this follow-up. */
    record FollowUp(boolean continueAssistance) {}
}
