package org.safeguard.casefile;

/** A client's key for one intake; a retry with the same key gets the same case. */
public record IdempotencyKey(String client, String key) {

    public static final int MAX_LENGTH = 100;
}
