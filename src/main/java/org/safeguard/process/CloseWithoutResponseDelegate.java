package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.MemberStateEngagements;
import org.springframework.stereotype.Component;

/** Closes the engagement of a Member State that never answered; the caller runs its own fact-finding. */
@Component("closeWithoutResponseDelegate")
public class CloseWithoutResponseDelegate implements JavaDelegate {

    private final MemberStateEngagements engagements;

    public CloseWithoutResponseDelegate(MemberStateEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        engagements.close(Variables.ENGAGEMENT_ID.from(execution), EngagementOutcome.NO_RESPONSE);
        Variables.ENGAGEMENT_OUTCOME.set(execution, EngagementOutcome.NO_RESPONSE.name());
    }
}
