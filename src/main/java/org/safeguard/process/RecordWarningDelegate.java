package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.investigation.InvestigationFiles;
import org.safeguard.investigation.WarningLevel;
import org.safeguard.process.InvestigationProcess.Variables;
import org.springframework.stereotype.Component;

/** Records a warning of the target clock; the task's input {@code warningLevel} says which. */
@Component("recordWarningDelegate")
public class RecordWarningDelegate implements JavaDelegate {

    private final InvestigationFiles files;

    RecordWarningDelegate(InvestigationFiles files) {
        this.files = files;
    }

    @Override
    public void execute(DelegateExecution execution) {
        files.recordWarning(Variables.INVESTIGATION_ID.from(execution),
                WarningLevel.valueOf(Variables.WARNING_LEVEL.from(execution)), execution.getProcessInstanceId());
    }
}
