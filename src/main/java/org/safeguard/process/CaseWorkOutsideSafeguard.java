package org.safeguard.process;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * Case work attempted past Safeguard's checks and audit. An {@link AuthorizationException}, so the
 * engine's REST API lets it through its own handlers and answers 403 ({@link CaseWorkRefusalMapper}
 * writes the problem body that points to Safeguard's task API).
 */
public class CaseWorkOutsideSafeguard extends AuthorizationException {

    /** Where the same work is done with Safeguard's checks. */
    public static final String TASK_API = "/api/tasks";

    CaseWorkOutsideSafeguard(String userId, String operation) {
        super("Case work goes through Safeguard: " + operation + " is not open to " + userId
                + " on the engine's API. Tasks are claimed, assigned and completed through " + TASK_API
                + ", where the same checks, scopes and audit apply as in the web UI.");
    }

    CaseWorkOutsideSafeguard(String taskId) {
        super("Case work goes through Safeguard: task " + taskId + " is completed only through Safeguard's task"
                + " services (" + TASK_API + "/" + taskId + "/complete or the web UI), which check the input and"
                + " write the audit entry.");
    }
}
