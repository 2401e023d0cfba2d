package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safeguard.base.tasks.CaseWorkPermit;

/**
 * On every user task of a case process: the task completes only inside the typed service that
 * checked its input ({@link CaseWorkPermit}), whichever command completes it, so no path that
 * reaches the engine without Safeguard's checks, signed in or not, can end a case's task.
 */
class CompletionThroughSafeguard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!CaseWorkPermit.allowsCompletionOf(task.getId())) {
            throw new CaseWorkOutsideSafeguard(task.getId());
        }
    }
}
