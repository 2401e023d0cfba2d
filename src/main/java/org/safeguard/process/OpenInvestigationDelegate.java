package org.safeguard.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safeguard.base.processes.InvestigationProcess.Clocks;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.investigation.InvestigatingBody;
import org.safeguard.investigation.InvestigationDeadline;
import org.safeguard.investigation.InvestigationFiles;
import org.safeguard.investigation.NewInvestigation;
import org.springframework.stereotype.Component;

/** Opens the investigation file and sets the target clock: due date and its two warnings. */
@Component("openInvestigationDelegate")
public class OpenInvestigationDelegate implements JavaDelegate {

    private final InvestigationFiles files;
    private final Deadlines deadlines;

    OpenInvestigationDelegate(InvestigationFiles files, Deadlines deadlines) {
        this.files = files;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date start = ClockUtil.getCurrentTime();
        Date due = deadlines.dueFrom(execution, Clocks.INVESTIGATION, start);
        InvestigationDeadline deadline =
                InvestigationDeadline.opened(start, due, deadlines.warnings(execution, Clocks.INVESTIGATION, start));
        long id = files.open(new NewInvestigation(
                Variables.CASE_REFERENCE.from(execution),
                Variables.SUBJECT_GROUP_ID.from(execution),
                InvestigatingBody.valueOf(Variables.INVESTIGATING_BODY.from(execution)),
                start,
                due));
        Variables.INVESTIGATION_ID.set(execution, id);
        Variables.STARTED_AT.set(execution, start);
        Variables.DUE_AT.set(execution, due);
        Variables.FIRST_WARNING_AT.set(execution, deadline.firstWarningAt());
        Variables.SECOND_WARNING_AT.set(execution, deadline.secondWarningAt());
    }
}
