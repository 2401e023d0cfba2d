package org.safeguard.memberstate;

/** The Idempotency-Key was already used for a different reply (HTTP 422); nothing was recorded. */
public class ReplyKeyReusedException extends RuntimeException {

    public ReplyKeyReusedException() {
        super("This Idempotency-Key was already used with a different reply.");
    }
}
