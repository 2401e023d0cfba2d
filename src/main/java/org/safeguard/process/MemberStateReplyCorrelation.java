package org.safeguard.process;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.safeguard.memberstate.MemberStateReplied;
import org.safeguard.process.MemberStateEngagementProcess.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands an accepted reply to the engagement waiting for it, in the receiving transaction. When no
 * execution waits (the officer is still providing information), nothing happens: the reply is
 * already recorded in the engagement's history.
 */
@Component
class MemberStateReplyCorrelation {

    private final RuntimeService runtime;

    MemberStateReplyCorrelation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(MemberStateReplied replied) {
        runtime.createMessageCorrelation(MemberStateEngagementProcess.MESSAGE_MEMBER_STATE_RESPONSE)
                .processInstanceVariableEquals(Variables.ENGAGEMENT_ID.name(), replied.engagementId())
                .setVariables(MemberStateEngagementProcess.replyVariables(replied.kind().name(),
                        Date.from(replied.receivedAt())))
                .correlateAllWithResult();
    }
}
