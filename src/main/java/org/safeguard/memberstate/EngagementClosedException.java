package org.safeguard.memberstate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The engagement already has its outcome; nothing more can be done in it (HTTP 409). */
@ResponseStatus(HttpStatus.CONFLICT)
public class EngagementClosedException extends RuntimeException {

    public EngagementClosedException(long engagementId) {
        super("Engagement " + engagementId + " is closed");
    }
}
