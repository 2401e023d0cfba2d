package org.safeguard.casefile;

/** The idempotency key was already used for a different request. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("This Idempotency-Key was already used with a different request body.");
    }
}
