package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.victim.Need;
import org.safeguard.victim.Referrals;
import org.springframework.stereotype.Component;

/** Opens the referral row of one need, due by the REFERRAL clock, and keeps its id on the instance. */
@Component("openReferralDelegate")
class OpenReferralDelegate implements JavaDelegate {

    private final Referrals referrals;
    private final Deadlines deadlines;

    OpenReferralDelegate(Referrals referrals, Deadlines deadlines) {
        this.referrals = referrals;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Need need = Need.valueOf(Variables.NEED.from(execution));
        long id = referrals.open(
                Variables.VICTIM_ID.from(execution),
                need,
                deadlines.due(execution, "REFERRAL").toInstant());
        Variables.REFERRAL_ID.setLocal(execution, id);
    }
}
