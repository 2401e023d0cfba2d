package org.safeguard.victim;

import java.util.Set;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.ProcessVariable;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.victim.internal.ReferralMapper;
import org.safeguard.victim.internal.VictimMapper;
import org.safeguard.victim.internal.VictimRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim and referral an open assistance task is about, read from the ids the process holds,
 * so a form can show them and pass them to {@link Assistance} or {@link Referrals}. A task that is
 * not open, not of that step, or in a case the user may not see is not found. The victim is
 * answered by pseudonym only.
 */
@Service
public class AssistanceTasks {

    private static final Set<String> STEPS = Set.of(
            VictimAssistanceProcess.Element.user_record_consent.id(),
            VictimAssistanceProcess.Element.user_assess_needs.id(),
            VictimAssistanceProcess.Element.user_refer_to_provider.id(),
            VictimAssistanceProcess.Element.user_resolve_overdue_referral.id(),
            VictimAssistanceProcess.Element.user_follow_up.id());
    private static final Set<String> REFERRAL_STEPS = Set.of(
            VictimAssistanceProcess.Element.user_refer_to_provider.id(),
            VictimAssistanceProcess.Element.user_resolve_overdue_referral.id());

    private final OpenTasks tasks;
    private final VictimMapper victims;
    private final ReferralMapper referrals;

    AssistanceTasks(OpenTasks tasks, VictimMapper victims, ReferralMapper referrals) {
        this.tasks = tasks;
        this.victims = victims;
        this.referrals = referrals;
    }

    /** The victim whose assistance the open task {@code taskId} (a step such as the consent gate) belongs to. */
    @Transactional(readOnly = true)
    public VictimSummary victimOf(String taskId, String step) {
        long victimId = id(taskId, step, STEPS, VictimAssistanceProcess.Variables.VICTIM_ID);
        VictimRow victim = victims.findById(victimId);
        if (victim == null) {
            throw new NotFoundException("Victim " + victimId);
        }
        return victim.summary();
    }

    /** The referral the open task {@code taskId} ({@link #REFER_TO_PROVIDER} or {@link #RESOLVE_OVERDUE_REFERRAL}) is about. */
    @Transactional(readOnly = true)
    public Referral referralOf(String taskId, String step) {
        long referralId = id(taskId, step, REFERRAL_STEPS, VictimAssistanceProcess.Variables.REFERRAL_ID);
        return referrals.find(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
    }

    private long id(String taskId, String step, Set<String> steps, ProcessVariable<Long> variable) {
        if (!steps.contains(step)) {
            throw new NotFoundException("Assistance task " + taskId + " (" + step + ")");
        }
        OpenTask task = tasks.open(taskId, step);
        Long id = tasks.variable(task, variable);
        if (id == null) {
            throw new NotFoundException("Assistance task " + taskId + " (" + step + ")");
        }
        return id;
    }
}
