package org.safeguard.victim;

import java.util.Set;
import org.safeguard.base.NotFoundException;
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

    public static final String RECORD_CONSENT = "user_record_consent";
    public static final String ASSESS_NEEDS = "user_assess_needs";
    public static final String REFER_TO_PROVIDER = "user_refer_to_provider";
    public static final String RESOLVE_OVERDUE_REFERRAL = "user_resolve_overdue_referral";
    public static final String FOLLOW_UP = "user_follow_up";

    /** Long: the victim of the assistance process, set by the calling case. */
    public static final String VICTIM_ID = "victimId";
    /** Long: the referral of one need's instance, set when the referral is opened. */
    public static final String REFERRAL_ID = "referralId";

    private static final Set<String> STEPS =
            Set.of(RECORD_CONSENT, ASSESS_NEEDS, REFER_TO_PROVIDER, RESOLVE_OVERDUE_REFERRAL, FOLLOW_UP);
    private static final Set<String> REFERRAL_STEPS = Set.of(REFER_TO_PROVIDER, RESOLVE_OVERDUE_REFERRAL);

    private final OpenTasks tasks;
    private final VictimMapper victims;
    private final ReferralMapper referrals;

    AssistanceTasks(OpenTasks tasks, VictimMapper victims, ReferralMapper referrals) {
        this.tasks = tasks;
        this.victims = victims;
        this.referrals = referrals;
    }

    /** The victim whose assistance the open task {@code taskId} (a step such as {@link #RECORD_CONSENT}) belongs to. */
    @Transactional(readOnly = true)
    public VictimSummary victimOf(String taskId, String step) {
        long victimId = id(taskId, step, STEPS, VICTIM_ID);
        VictimRow victim = victims.findById(victimId);
        if (victim == null) {
            throw new NotFoundException("Victim " + victimId);
        }
        return victim.summary();
    }

    /** The referral the open task {@code taskId} ({@link #REFER_TO_PROVIDER} or {@link #RESOLVE_OVERDUE_REFERRAL}) is about. */
    @Transactional(readOnly = true)
    public Referral referralOf(String taskId, String step) {
        long referralId = id(taskId, step, REFERRAL_STEPS, REFERRAL_ID);
        return referrals.find(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
    }

    private long id(String taskId, String step, Set<String> steps, String variable) {
        if (!steps.contains(step)) {
            throw new NotFoundException("Assistance task " + taskId + " (" + step + ")");
        }
        OpenTask task = tasks.open(taskId, step);
        Long id = tasks.variable(task, variable, Long.class);
        if (id == null) {
            throw new NotFoundException("Assistance task " + taskId + " (" + step + ")");
        }
        return id;
    }
}
