package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/** Every subject group is done: the case publishes the status their outcomes add up to. */
@Component
class ConcludeCaseDelegate implements JavaDelegate {

    private final CaseFiles cases;

    ConcludeCaseDelegate(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.conclude(execution.getProcessBusinessKey());
    }
}
