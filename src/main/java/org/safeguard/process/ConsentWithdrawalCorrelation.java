package org.safeguard.process;

import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.victim.ConsentScope;
import org.safeguard.victim.ConsentWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends a victim's assistance when consent to assistance is withdrawn. Other scopes (referral,
 * sharing with investigators) do not end the track. No waiting instance is not an error: the
 * track may have ended already.
 */
@Component
class ConsentWithdrawalCorrelation {

    private final RuntimeService runtime;

    ConsentWithdrawalCorrelation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.scope() != ConsentScope.ASSISTANCE) {
            return;
        }
        runtime.createMessageCorrelation(VictimAssistanceProcess.MESSAGE_CONSENT_WITHDRAWN)
                .processInstanceVariableEquals(VictimAssistanceProcess.Variables.VICTIM_ID.name(), withdrawn.victimId())
                .correlateAll();
    }
}
