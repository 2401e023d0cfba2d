package org.safeguard.memberstate;

import java.time.Instant;

/** One engagement of a Member State; {@code outcome} and {@code closedAt} are null while it is open. */
public record Engagement(
        long id,
        String caseReference,
        Long subjectGroupId,
        String nationality,
        EngagementPurpose purpose,
        EngagementStatus status,
        EngagementOutcome outcome,
        Instant openedAt,
        Instant closedAt) {

    public boolean isClosed() {
        return status == EngagementStatus.CLOSED;
    }
}
