package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safeguard.base.processes.InvestigationProcess.Variables;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.InvestigationFiles;
import org.springframework.stereotype.Component;

/** Closes the investigation file with its finding. */
@Component("closeInvestigationDelegate")
public class CloseInvestigationDelegate implements JavaDelegate {

    private final InvestigationFiles files;

    CloseInvestigationDelegate(InvestigationFiles files) {
        this.files = files;
    }

    @Override
    public void execute(DelegateExecution execution) {
        files.close(
                Variables.INVESTIGATION_ID.from(execution),
                FindingCode.valueOf(Variables.FINDING.from(execution)),
                ClockUtil.getCurrentTime());
    }
}
