package org.safeguard.admin;

import java.time.Instant;
import java.util.List;

/**
 * An API token as administrators see it: never its secret. {@code lastUsedAt} and {@code useCount}
 * trail the real use by up to a minute, since uses are counted in memory and written in bulk.
 *
 * @param account the account the token acts as
 * @param scopes  scope codes, e.g. {@code read}
 */
public record ApiToken(
        String id,
        String name,
        String account,
        List<String> scopes,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant lastUsedAt,
        long useCount,
        Instant revokedAt,
        String revokedBy,
        ApiTokenStatus status) {}
