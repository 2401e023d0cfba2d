package org.safeguard.casefile;

import java.util.Map;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.tasks.OpenTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completes the last human step of a case: the victim has been told the outcome. */
@Service
public class CaseOutcome {

    private final OpenTasks tasks;

    CaseOutcome(OpenTasks tasks) {
        this.tasks = tasks;
    }

    @Transactional
    public void victimInformed(String taskId) {
        tasks.complete(tasks.open(taskId, SeaCaseProcess.Element.user_inform_victim.id()), Map.of());
    }
}
