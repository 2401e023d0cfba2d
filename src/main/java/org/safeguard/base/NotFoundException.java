package org.safeguard.base;

/** What was asked for does not exist, or is outside the caller's scope: both answer the same. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
