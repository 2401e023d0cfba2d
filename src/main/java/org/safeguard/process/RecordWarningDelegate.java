package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.InvestigationProcess.Element;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.investigation.InvestigationFiles;
import org.safeguard.investigation.WarningLevel;
import org.springframework.stereotype.Component;

/**
 * Records a warning of the target clock; the task that runs says which. (Older versions of the
 * model also gave the level as an input variable: a row of variable history per warning that
 * nothing read.)
 */
@Component("recordWarningDelegate")
public class RecordWarningDelegate implements JavaDelegate {

    private final InvestigationFiles files;

    RecordWarningDelegate(InvestigationFiles files) {
        this.files = files;
    }

    @Override
    public void execute(DelegateExecution execution) {
        files.recordWarning(
                Variables.INVESTIGATION_ID.from(execution),
                levelOf(execution.getCurrentActivityId()),
                execution.getProcessInstanceId());
    }

    private static WarningLevel levelOf(String activityId) {
        return switch (Element.valueOf(activityId)) {
            case service_record_first_warning -> WarningLevel.FIRST;
            case service_record_second_warning -> WarningLevel.SECOND;
            default -> throw new IllegalStateException("Not a warning task: " + activityId);
        };
    }
}
