package org.safeguard.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.safeguard.process.VictimAssistanceProcess.Variables;
import org.safeguard.victim.AssistanceConsentDecided;
import org.safeguard.victim.FollowUpRecorded;
import org.safeguard.victim.NeedsAssessed;
import org.safeguard.victim.ReferralMade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completes the advocate's tasks from the victim feature's events, in the feature's transaction:
 * if the engine refuses, what the advocate recorded is rolled back too.
 */
@Component
class VictimAssistanceTasks {

    private final TaskService tasks;

    VictimAssistanceTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(AssistanceConsentDecided decided) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CONSENT_GIVEN.put(variables, decided.given());
        Variables.CONSENT_GIVEN_BY.put(variables, decided.givenBy().name());
        tasks.complete(decided.taskId(), variables);
    }

    @EventListener
    void on(NeedsAssessed assessed) {
        Map<String, Object> variables = new HashMap<>();
        Variables.NEEDS.put(variables, NeedCodes.join(assessed.needs()));
        tasks.complete(assessed.taskId(), variables);
    }

    @EventListener
    void on(ReferralMade referred) {
        tasks.complete(referred.taskId());
    }

    @EventListener
    void on(FollowUpRecorded followedUp) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CONTINUE_ASSISTANCE.put(variables, followedUp.continueAssistance());
        tasks.complete(followedUp.taskId(), variables);
    }
}
