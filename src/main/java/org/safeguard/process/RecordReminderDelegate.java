package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.MemberStateEngagements;
import org.springframework.stereotype.Component;

/** Records the reminder note sent to a silent Member State. */
@Component("recordReminderDelegate")
public class RecordReminderDelegate implements JavaDelegate {

    private final MemberStateEngagements engagements;

    public RecordReminderDelegate(MemberStateEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        engagements.recordStep(Variables.ENGAGEMENT_ID.from(execution), EngagementStepKind.REMINDER, null);
    }
}
