package org.safeguard.admin.internal;

import java.time.Instant;

/** A row of {@code api_token}; {@code scopes} are the scope codes separated by spaces. */
public record ApiTokenRow(
        String id,
        byte[] secretHash,
        String name,
        String username,
        String scopes,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        Instant lastUsedAt,
        long useCount) {

    @Override
    public String toString() {
        return "ApiTokenRow[id=" + id + "]";
    }
}
