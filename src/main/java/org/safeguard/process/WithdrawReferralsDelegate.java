package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.victim.Referrals;
import org.springframework.stereotype.Component;

@Component("withdrawReferralsDelegate")
class WithdrawReferralsDelegate implements JavaDelegate {

    private final Referrals referrals;

    WithdrawReferralsDelegate(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.withdrawOpen(Variables.VICTIM_ID.from(execution));
    }
}
