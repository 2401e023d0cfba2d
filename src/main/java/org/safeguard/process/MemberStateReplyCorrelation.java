package org.safeguard.process;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safeguard.base.processes.MemberStateEngagementProcess;
import org.safeguard.base.processes.MemberStateEngagementProcess.Element;
import org.safeguard.base.processes.MemberStateEngagementProcess.Variables;
import org.safeguard.memberstate.EngagementNotAwaitingReplyException;
import org.safeguard.memberstate.EngagementNotAwaitingReplyException.Reason;
import org.safeguard.memberstate.MemberStateReplied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands an accepted reply to the engagement waiting for it, in the receiving transaction. When no
 * execution waits (the note verbale is still to be sent, or the officer is providing the
 * information the Member State asked for), the reply is refused: recorded, it would move nothing
 * and the ladder would go on reminding and escalating a Member State that has answered. The
 * refusal rolls the receiving transaction back, so nothing of the reply is kept.
 */
@Component
class MemberStateReplyCorrelation {

    private final RuntimeService runtime;

    MemberStateReplyCorrelation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(MemberStateReplied replied) {
        boolean correlated = !runtime.createMessageCorrelation(
                        MemberStateEngagementProcess.MESSAGE_MEMBER_STATE_RESPONSE)
                .processInstanceVariableEquals(Variables.ENGAGEMENT_ID.name(), replied.engagementId())
                .setVariables(MemberStateEngagementProcess.replyVariables(
                        replied.kind().name(), Date.from(replied.receivedAt())))
                .correlateAllWithResult()
                .isEmpty();
        if (!correlated) {
            throw new EngagementNotAwaitingReplyException(
                    replied.engagementId(), whyNotWaiting(replied.engagementId()));
        }
    }

    private Reason whyNotWaiting(long engagementId) {
        List<String> activities = runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(MemberStateEngagementProcess.KEY)
                .variableValueEquals(Variables.ENGAGEMENT_ID.name(), engagementId)
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .flatMap(id -> runtime.getActiveActivityIds(id).stream())
                .toList();
        if (activities.contains(Element.user_send_note_verbale.id())) {
            return Reason.NOTE_VERBALE_NOT_SENT;
        }
        if (activities.contains(Element.user_provide_information.id())) {
            return Reason.INFORMATION_BEING_PROVIDED;
        }
        return Reason.NOT_WAITING;
    }
}
