package org.safeguard.memberstate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The engagement already has its outcome; nothing more can be done in it (HTTP 409). */
@ResponseStatus(HttpStatus.CONFLICT)
public class EngagementClosedException extends RuntimeException {

    private final transient EngagementOutcome outcome;

    public EngagementClosedException(long engagementId) {
        this(engagementId, null);
    }

    /** @param outcome how it closed ({@link EngagementOutcome#NO_RESPONSE}: the ladder ran out), if known */
    public EngagementClosedException(long engagementId, EngagementOutcome outcome) {
        super("Engagement " + engagementId + " is closed" + (outcome == null ? "" : " (" + outcome + ")"));
        this.outcome = outcome;
    }

    public EngagementOutcome outcome() {
        return outcome;
    }
}
