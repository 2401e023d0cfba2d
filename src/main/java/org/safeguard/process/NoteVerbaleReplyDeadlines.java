package org.safeguard.process;

import java.time.Instant;
import java.util.Optional;
import org.safeguard.memberstate.Engagement;
import org.safeguard.memberstate.EngagementStepKind;
import org.safeguard.memberstate.ReplyDeadlines;
import org.safeguard.sla.SlaAttributes;
import org.safeguard.sla.SlaClock;
import org.safeguard.sla.SlaPolicy;
import org.springframework.stereotype.Component;

/**
 * The date a note verbale asks for: the next rung of the engagement's ladder, from the same
 * policy and the same start (the first note) as the model's timers, on the Member State's working
 * days. The last escalation asks for nothing by a date.
 */
@Component
class NoteVerbaleReplyDeadlines implements ReplyDeadlines {

    private final SlaPolicy policy;

    NoteVerbaleReplyDeadlines(SlaPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Optional<Instant> replyBy(
            Engagement engagement, EngagementStepKind kind, Instant noteSentAt, Instant stepAt) {
        SlaAttributes attributes = new SlaAttributes(null, null, null, null, engagement.nationality(), null);
        return switch (kind) {
            case NOTE_VERBALE_SENT -> due(SlaClock.MEMBER_STATE_REMINDER, attributes, noteSentAt);
            case REMINDER -> due(SlaClock.MEMBER_STATE_ESCALATION, attributes, noteSentAt);
            case ESCALATION_PERMANENT_REPRESENTATIVE ->
                due(SlaClock.MEMBER_STATE_SENIOR_ESCALATION, attributes, noteSentAt);
            case FOLLOW_UP -> due(SlaClock.ACTIONS_REPORTED, attributes, stepAt);
            default -> Optional.empty();
        };
    }

    private Optional<Instant> due(SlaClock clock, SlaAttributes attributes, Instant start) {
        return Optional.of(policy.deadline(clock, attributes, start).due());
    }
}
