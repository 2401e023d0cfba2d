package org.safeguard.memberstate;

import java.time.Instant;
import java.util.List;

/**
 * An engagement waiting for its Member State, as the focal point sees it: what was asked
 * ({@code engagement.purpose()}), about which case and group, when the note verbale went out,
 * the ladder ahead (soonest first; the first is when the reply is due) and the steps so far.
 */
public record PendingEngagement(
        Engagement engagement,
        String entity,
        String personnelCategory,
        Instant notifiedAt,
        List<LadderDeadline> ladder,
        List<EngagementStep> steps) {

    public PendingEngagement {
        ladder = List.copyOf(ladder);
        steps = List.copyOf(steps);
    }

    /** When the reply is due before the next rung of the ladder; null when the engine has no timer pending. */
    public Instant replyDue() {
        return ladder.isEmpty() ? null : ladder.get(0).due();
    }
}
