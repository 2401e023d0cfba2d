package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.SeaCaseProcess.Variables;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.springframework.stereotype.Component;

/** Records the finding that ended the subject group's investigation as the group's outcome. */
@Component
class RecordGroupOutcomeDelegate implements JavaDelegate {

    private final CaseFiles cases;

    RecordGroupOutcomeDelegate(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.recordOutcome(
                Variables.SUBJECT_GROUP_ID.from(execution),
                SubjectGroupOutcome.valueOf(Variables.FINDING.from(execution)));
    }
}
