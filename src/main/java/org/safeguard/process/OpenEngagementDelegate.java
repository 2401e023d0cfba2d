package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementPurpose;
import org.safeguard.memberstate.MemberStateEngagements;
import org.safeguard.memberstate.NewEngagement;
import org.springframework.stereotype.Component;

/** Records the engagement the caller asked for and keeps its id for correlating replies. */
@Component("openEngagementDelegate")
public class OpenEngagementDelegate implements JavaDelegate {

    private final MemberStateEngagements engagements;

    public OpenEngagementDelegate(MemberStateEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = engagements.open(new NewEngagement(
                Variables.CASE_REFERENCE.from(execution),
                Variables.SUBJECT_GROUP_ID.from(execution),
                Variables.NATIONALITY.from(execution),
                EngagementPurpose.valueOf(Variables.PURPOSE.from(execution))));
        Variables.ENGAGEMENT_ID.set(execution, id);
    }
}
