package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.victim.Referrals;
import org.springframework.stereotype.Component;

@Component("recordReferralBreachDelegate")
class RecordReferralBreachDelegate implements JavaDelegate {

    private final Referrals referrals;

    RecordReferralBreachDelegate(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.recordBreach(Variables.REFERRAL_ID.from(execution));
    }
}
