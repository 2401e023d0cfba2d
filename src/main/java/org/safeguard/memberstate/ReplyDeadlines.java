package org.safeguard.memberstate;

import java.time.Instant;
import java.util.Optional;

/**
 * The date by which a note verbale asks the Member State to act, as the deadline policy sets it.
 * Implemented where the policy lives (the processes' deadlines), so the note shows the same date
 * the engine's timer waits for.
 */
public interface ReplyDeadlines {

    /**
     * @param noteSentAt when the engagement's first note verbale was sent (the ladder counts from it)
     * @param stepAt     when this step happens
     * @return empty when the step asks for nothing by a date (the last escalation)
     */
    Optional<Instant> replyBy(Engagement engagement, EngagementStepKind kind, Instant noteSentAt, Instant stepAt);
}
