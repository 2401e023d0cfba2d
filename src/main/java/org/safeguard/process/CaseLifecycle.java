package org.safeguard.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.processes.SeaCaseProcess.Variables;
import org.safeguard.casefile.CaseRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code sea-case} lifecycle for every recorded case. Runs synchronously in the
 * intake's transaction: if the engine refuses, the case is not recorded either.
 */
@Component
class CaseLifecycle {

    private final RuntimeService runtime;

    CaseLifecycle(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(CaseRecorded recorded) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CASE_REFERENCE.put(variables, recorded.reference());
        Variables.RECEIVED_AT.put(variables, Date.from(recorded.receivedAt()));
        Variables.ENTITY.put(variables, recorded.entity());
        Variables.ALLEGATION_TYPE.put(variables, recorded.allegationType().name());
        Variables.MINOR_INVOLVED.put(variables, recorded.minorInvolved());
        runtime.startProcessInstanceByKey(SeaCaseProcess.KEY, recorded.reference(), variables);
    }
}
