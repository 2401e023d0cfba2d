package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateEngagements;
import org.springframework.stereotype.Component;

/** Records the escalation of a silent Member State to its permanent representative. */
@Component("escalateToPermanentRepresentativeDelegate")
public class EscalateToPermanentRepresentativeDelegate implements JavaDelegate {

    private final MemberStateEngagements engagements;

    public EscalateToPermanentRepresentativeDelegate(MemberStateEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        engagements.recordStep(
                Variables.ENGAGEMENT_ID.from(execution), EngagementStepKind.ESCALATION_PERMANENT_REPRESENTATIVE, null);
    }
}
