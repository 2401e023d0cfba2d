package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.investigation.InvestigationDeadline;
import org.safeguard.investigation.InvestigationFiles;
import org.springframework.stereotype.Component;

/** Moves the target date to the approved one; the restarted clock reads the new dates. */
@Component("extendDeadlineDelegate")
public class ExtendDeadlineDelegate implements JavaDelegate {

    private final InvestigationFiles files;

    ExtendDeadlineDelegate(InvestigationFiles files) {
        this.files = files;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InvestigationDeadline deadline =
                InvestigationDeadline.extended(ClockUtil.getCurrentTime(), Variables.EXTENDED_DUE_AT.from(execution));
        files.extend(Variables.INVESTIGATION_ID.from(execution), deadline.dueAt());
        Variables.DUE_AT.set(execution, deadline.dueAt());
        Variables.FIRST_WARNING_AT.set(execution, deadline.firstWarningAt());
        Variables.SECOND_WARNING_AT.set(execution, deadline.secondWarningAt());
    }
}
