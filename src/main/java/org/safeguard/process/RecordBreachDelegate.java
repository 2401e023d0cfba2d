package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.investigation.InvestigationFiles;
import org.springframework.stereotype.Component;

/** Records that the investigation passed its target date. */
@Component("recordBreachDelegate")
public class RecordBreachDelegate implements JavaDelegate {

    private final InvestigationFiles files;

    RecordBreachDelegate(InvestigationFiles files) {
        this.files = files;
    }

    @Override
    public void execute(DelegateExecution execution) {
        files.recordBreach(Variables.INVESTIGATION_ID.from(execution));
    }
}
