package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.SeaCaseProcess.Variables;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.SubjectGroup;
import org.springframework.stereotype.Component;

/** Puts the subject group's codes into its branch: category, nationality, assessment. */
@Component
class LoadSubjectGroupDelegate implements JavaDelegate {

    private final CaseFiles cases;

    LoadSubjectGroupDelegate(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubjectGroup group = cases.subjectGroup(Variables.SUBJECT_GROUP_ID.from(execution));
        Variables.PERSONNEL_CATEGORY.set(execution, group.personnelCategory().name());
        Variables.NATIONALITY.set(execution, group.nationality());
        Variables.BREACHES_STANDARDS.set(execution, group.breachesStandards());
    }
}
