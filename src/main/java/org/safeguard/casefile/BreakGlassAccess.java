package org.safeguard.casefile;

import java.time.Instant;

/** Open access to a case the user is excluded from, until {@code expiresAt}. */
public record BreakGlassAccess(String reference, Instant expiresAt) {}
