package org.safeguard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.victim.Assistance;
import org.safeguard.victim.TrackStatus;
import org.springframework.stereotype.Component;

/** Ends the track with the outcome the service task names in its {@code trackOutcome} input parameter. */
@Component("closeAssistanceTrackDelegate")
class CloseAssistanceTrackDelegate implements JavaDelegate {

    private final Assistance assistance;

    CloseAssistanceTrackDelegate(Assistance assistance) {
        this.assistance = assistance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assistance.closeTrack(
                Variables.VICTIM_ID.from(execution), TrackStatus.valueOf(Variables.TRACK_OUTCOME.from(execution)));
    }
}
