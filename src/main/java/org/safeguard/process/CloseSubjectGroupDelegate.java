package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.SeaCaseProcess.Variables;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.SubjectGroupOutcome;
import org.springframework.stereotype.Component;

/** The acts would not breach the standards: the group closes with the assessment's reason on record. */
@Component
class CloseSubjectGroupDelegate implements JavaDelegate {

    private final CaseFiles cases;

    CloseSubjectGroupDelegate(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.recordOutcome(Variables.SUBJECT_GROUP_ID.from(execution), SubjectGroupOutcome.NO_BREACH_OF_STANDARDS);
    }
}
