package org.safeguard.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.processes.ProcessVariable;
import org.safeguard.base.processes.VictimAssistanceProcess;
import org.safeguard.base.processes.VictimAssistanceProcess.Element;
import org.safeguard.base.processes.VictimAssistanceProcess.Variables;
import org.safeguard.base.tasks.OpenTasks;
import org.safeguard.victim.AssistanceConsentDecided;
import org.safeguard.victim.FollowUpRecorded;
import org.safeguard.victim.NeedsAssessed;
import org.safeguard.victim.OverdueReferralResolved;
import org.safeguard.victim.ReferralMade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completes the advocate's tasks from the victim feature's events, in the feature's transaction:
 * if the engine refuses, what the advocate recorded is rolled back too. A task id that is not
 * that step of this victim's track is refused, so work cannot land on another victim's task.
 */
@Component
class VictimAssistanceTasks {

    private final TaskService tasks;

    private final OpenTasks openTasks;

    VictimAssistanceTasks(TaskService tasks, OpenTasks openTasks) {
        this.tasks = tasks;
        this.openTasks = openTasks;
    }

    @EventListener
    void on(AssistanceConsentDecided decided) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CONSENT_GIVEN.put(variables, decided.given());
        Variables.CONSENT_GIVEN_BY.put(variables, decided.givenBy().name());
        complete(decided.taskId(), Element.user_record_consent, Variables.VICTIM_ID, decided.victimId(), variables);
    }

    @EventListener
    void on(NeedsAssessed assessed) {
        Map<String, Object> variables = new HashMap<>();
        Variables.NEEDS.put(variables, NeedCodes.join(assessed.needs()));
        complete(assessed.taskId(), Element.user_assess_needs, Variables.VICTIM_ID, assessed.victimId(), variables);
    }

    @EventListener
    void on(ReferralMade referred) {
        complete(
                referred.taskId(),
                Element.user_refer_to_provider,
                Variables.REFERRAL_ID,
                referred.referralId(),
                Map.of());
    }

    @EventListener
    void on(OverdueReferralResolved resolved) {
        complete(
                resolved.taskId(),
                Element.user_resolve_overdue_referral,
                Variables.REFERRAL_ID,
                resolved.referralId(),
                Map.of());
    }

    @EventListener
    void on(FollowUpRecorded followedUp) {
        Map<String, Object> variables = new HashMap<>();
        Variables.CONTINUE_ASSISTANCE.put(variables, followedUp.continueAssistance());
        complete(followedUp.taskId(), Element.user_follow_up, Variables.VICTIM_ID, followedUp.victimId(), variables);
    }

    private void complete(
            String taskId, Element step, ProcessVariable<Long> owner, long expected, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .processDefinitionKey(VictimAssistanceProcess.KEY)
                .taskDefinitionKey(step.id())
                .singleResult();
        if (task == null || !Objects.equals(tasks.getVariable(taskId, owner.name()), expected)) {
            throw new NotFoundException("Task " + taskId + " (" + step.id() + ")");
        }
        openTasks.complete(openTasks.open(taskId, step.id()), variables);
    }
}
