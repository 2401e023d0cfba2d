package org.safeguard.memberstate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The engagement is open but its process waits for no reply now (HTTP 409): the reply would be
 * recorded yet move nothing, and the ladder would go on escalating against a Member State that has
 * answered. Thrown while the reply is received, so its transaction records nothing.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class EngagementNotAwaitingReplyException extends RuntimeException {

    /** Why no reply is awaited, for the caller to act on. */
    public enum Reason {
        /** The note verbale has not gone out yet: there is nothing to answer. */
        NOTE_VERBALE_NOT_SENT,
        /** The Member State asked for information and the organisation is preparing it: reply once it is sent. */
        INFORMATION_BEING_PROVIDED,
        /** The process is between steps that wait for no reply. */
        NOT_WAITING
    }

    private final long engagementId;
    private final Reason reason;

    public EngagementNotAwaitingReplyException(long engagementId, Reason reason) {
        super("Engagement " + engagementId + " awaits no reply now (" + reason + ")");
        this.engagementId = engagementId;
        this.reason = reason;
    }

    public long engagementId() {
        return engagementId;
    }

    public Reason reason() {
        return reason;
    }
}
