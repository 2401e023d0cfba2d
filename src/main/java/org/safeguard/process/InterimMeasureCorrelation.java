package org.safeguard.process;

import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.base.processes.ProcessVariables;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.casefile.InterimMeasureProposed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hands a proposed interim measure to its case's lifecycle, which asks a manager to decide it. */
@Component
class InterimMeasureCorrelation {

    private final RuntimeService runtime;

    InterimMeasureCorrelation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(InterimMeasureProposed proposed) {
        runtime.createMessageCorrelation(SeaCaseProcess.MESSAGE_INTERIM_MEASURE_PROPOSED)
                .processInstanceBusinessKey(proposed.caseReference())
                .setVariablesLocal(
                        ProcessVariables.with(SeaCaseProcess.Variables.INTERIM_MEASURE_ID, proposed.measureId())
                                .asMap())
                .correlate();
    }
}
