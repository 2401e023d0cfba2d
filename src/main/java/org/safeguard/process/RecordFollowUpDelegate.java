package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateEngagements;
import org.springframework.stereotype.Component;

/**
 * Records one follow-up of a Member State that has not yet reported the actions it took; the
 * next cycle counts from now (engine time, so tests move it with the engine clock).
 */
@Component("recordFollowUpDelegate")
public class RecordFollowUpDelegate implements JavaDelegate {

    private final MemberStateEngagements engagements;

    public RecordFollowUpDelegate(MemberStateEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        engagements.recordStep(Variables.ENGAGEMENT_ID.from(execution), EngagementStepKind.FOLLOW_UP, null);
        Variables.LAST_CONTACT_AT.set(execution, ClockUtil.getCurrentTime());
    }
}
