package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementOutcome;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.ReplyKind;
import org.springframework.stereotype.Component;

/** Closes the engagement with the outcome the Member State's reply gives it, and hands it to the caller. */
@Component("closeEngagementDelegate")
public class CloseEngagementDelegate implements JavaDelegate {

    private final MemberStateEngagements engagements;

    public CloseEngagementDelegate(MemberStateEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EngagementOutcome outcome =
                ReplyKind.valueOf(Variables.REPLY_KIND.from(execution)).outcome();
        engagements.close(Variables.ENGAGEMENT_ID.from(execution), outcome);
        Variables.ENGAGEMENT_OUTCOME.set(execution, outcome.name());
    }
}
