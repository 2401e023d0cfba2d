package org.safeguard.admin.internal;

import java.time.Instant;

/** What checking a presented token needs, in one query: the token's row and its account's state. */
public record TokenCredential(
        String id,
        byte[] secretHash,
        String username,
        String scopes,
        Instant expiresAt,
        Instant revokedAt,
        boolean accountEnabled,
        Instant accountLockedUntil) {

    @Override
    public String toString() {
        return "TokenCredential[id=" + id + "]";
    }
}
