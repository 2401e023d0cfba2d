package org.safeguard.admin;

import java.time.Instant;
import java.util.List;

/**
 * What an administrator asks for when issuing an API token.
 *
 * @param name      what it is for, e.g. the integration's name
 * @param account   the account it acts as
 * @param scopes    scope codes ({@code read}, {@code cases:write}, {@code tasks:write}, {@code engine})
 * @param expiresAt required, in the future and within {@link ApiTokenSettings#maxLifetime()}
 */
public record ApiTokenRequest(String name, String account, List<String> scopes, Instant expiresAt) {}
