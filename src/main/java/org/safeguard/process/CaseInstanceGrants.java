package org.safeguard.process;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * When a process instance of a case starts (the case itself or one of its call activities),
 * grants READ on it to each case-scoped user who sees the case: those groups have no grant on
 * every instance. The engine deletes the grants with the instance. The instance is new, so are its grants.
 */
class CaseInstanceGrants implements ExecutionListener {

    private final CaseAudience audience;

    CaseInstanceGrants(CaseAudience audience) {
        this.audience = audience;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (reference == null) {
            return;
        }
        UserGrants grants = new UserGrants(execution.getProcessEngineServices().getAuthorizationService());
        // The instance may start in a call of an engine user (a completion through /engine-rest),
        // who has no right to write grants; this is the engine's own bookkeeping.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            audience.usersWhoSee(reference, CaseAudience.CASE_SCOPED)
                    .forEach(user -> grants.grantOnNew(
                            user, Resources.PROCESS_INSTANCE, execution.getProcessInstanceId(), Permissions.READ));
            return null;
        });
    }
}
