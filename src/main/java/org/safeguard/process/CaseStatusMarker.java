package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.CaseStatus;
import org.springframework.stereotype.Component;

/** Moves the case's published status at the model's milestones: {@code ${caseStatus.mark(execution, 'X')}}. */
@Component("caseStatus")
public class CaseStatusMarker {

    private final CaseFiles cases;

    CaseStatusMarker(CaseFiles cases) {
        this.cases = cases;
    }

    public void mark(DelegateExecution execution, String status) {
        cases.changeStatus(execution.getProcessBusinessKey(), CaseStatus.valueOf(status));
    }
}
