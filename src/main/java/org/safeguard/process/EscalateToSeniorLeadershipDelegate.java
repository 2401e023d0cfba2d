package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateEngagements;
import org.springframework.stereotype.Component;

/**
 * Records the escalation of a silent Member State to senior leadership. The step carries
 * {@code PENDING_WITH_MEMBER_STATE}: the case is published as pending with the Member State.
 */
@Component("escalateToSeniorLeadershipDelegate")
public class EscalateToSeniorLeadershipDelegate implements JavaDelegate {

    /** The code the case's published status reads while the Member State stays silent. */
    public static final String PENDING_WITH_MEMBER_STATE = "PENDING_WITH_MEMBER_STATE";

    private final MemberStateEngagements engagements;

    public EscalateToSeniorLeadershipDelegate(MemberStateEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        engagements.recordStep(
                Variables.ENGAGEMENT_ID.from(execution),
                EngagementStepKind.ESCALATION_SENIOR_LEADERSHIP,
                PENDING_WITH_MEMBER_STATE);
    }
}
