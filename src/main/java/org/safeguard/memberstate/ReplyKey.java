package org.safeguard.memberstate;

/** A client's {@code Idempotency-Key} for one reply: a retry with the same key gets the same receipt. */
public record ReplyKey(String client, String key) {

    public static final int MAX_LENGTH = 100;
}
