package org.safeguard.victim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.base.tasks.OpenTasks.OpenTask;
import org.safeguard.victim.internal.GeneratedKey;
import org.safeguard.victim.internal.ReferralMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a victim's needs to service providers: opened PENDING with a due date, REFERRED
 * once the advocate names a provider, then ACCEPTED, DECLINED or COMPLETED as the provider answers.
 * The {@code complete...} and {@code resolve...} methods record the work and complete the task of
 * that referral in one transaction; a task of another referral is not found.
 */
@Service
public class Referrals {

    public static final int PROVIDER_CODE_MAX = 40;
    public static final int PROVIDER_NAME_MAX = 200;

    private final ReferralMapper referrals;
    private final OpenTasks tasks;
    private final Clock clock;

    Referrals(ReferralMapper referrals, OpenTasks tasks, Clock clock) {
        this.referrals = referrals;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Opens the referral of one need, due at {@code dueAt}; answers its id. */
    @Transactional
    public long open(long victimId, Need need, Instant dueAt) {
        GeneratedKey id = new GeneratedKey();
        referrals.open(victimId, need, dueAt, clock.instant(), id);
        return id.getValue();
    }

    /** "Refer to provider": names the provider and completes the task of that referral. */
    @Transactional
    public void completeReferral(String taskId, long referralId, String providerCode, String providerName) {
        OpenTask task = taskOf(taskId, Element.user_refer_to_provider, referralId);
        refer(referralId, providerCode, providerName);
        tasks.complete(task, Map.of());
    }

    @Transactional
    public Referral refer(long referralId, String providerCode, String providerName) {
        List<Violation> violations = new ArrayList<>();
        requireText(violations, "providerCode", providerCode, PROVIDER_CODE_MAX);
        requireText(violations, "providerName", providerName, PROVIDER_NAME_MAX);
        Referral referral = find(referralId);
        if (referral.status() != ReferralStatus.PENDING) {
            violations.add(new Violation("referral", "already " + referral.status()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        referrals.refer(referralId, providerCode.strip(), providerName.strip(), clock.instant());
        return referral;
    }

    /**
     * "Resolve overdue referral": the manager has settled with the advocate a referral not made by
     * its due date; the advocate's own task stays open. Completes the escalation task.
     */
    @Transactional
    public void resolveOverdue(String taskId, long referralId) {
        OpenTask task = taskOf(taskId, Element.user_resolve_overdue_referral, referralId);
        find(referralId);
        tasks.complete(task, Map.of());
    }

    /** The provider's answer: ACCEPTED, DECLINED or COMPLETED, on a referral that is not final. */
    @Transactional
    public void updateReferral(long referralId, ReferralStatus status) {
        Referral referral = find(referralId);
        if (status != ReferralStatus.ACCEPTED
                && status != ReferralStatus.DECLINED
                && status != ReferralStatus.COMPLETED) {
            throw new InvalidInputException(List.of(new Violation("status", "ACCEPTED, DECLINED or COMPLETED")));
        }
        if (referral.status() == ReferralStatus.PENDING || referral.status().isFinal()) {
            throw new InvalidInputException(List.of(new Violation("referral", "is " + referral.status())));
        }
        referrals.changeStatus(referralId, status, clock.instant());
    }

    /** The referral was not made by its due date. */
    @Transactional
    public void recordBreach(long referralId) {
        referrals.recordBreach(referralId, clock.instant());
    }

    /** Consent withdrawn: every referral still open stops. Answers how many. */
    @Transactional
    public int withdrawOpen(long victimId) {
        return referrals.withdrawOpen(victimId, clock.instant());
    }

    public List<Referral> ofVictim(long victimId) {
        return referrals.findByVictim(victimId);
    }

    private OpenTask taskOf(String taskId, Element step, long referralId) {
        return tasks.openOf(VictimAssistanceProcess.KEY, taskId, step.id(), Variables.REFERRAL_ID, referralId);
    }

    private Referral find(long referralId) {
        return referrals.find(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
    }

    private static void requireText(List<Violation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required"));
        } else if (value.strip().length() > max) {
            violations.add(new Violation(field, "at most " + max + " characters"));
        }
    }
}
