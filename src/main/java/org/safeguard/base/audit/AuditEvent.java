package org.safeguard.base.audit;

import java.time.Instant;

/**
 * One entry of the trail as an auditor reads it: written by Safeguard (id {@code S-<n>}) or taken
 * from the engine's user operation log (id {@code E-<operation id>}, no roles or address).
 *
 * @param roles the actor's roles when it happened, comma-separated
 */
public record AuditEvent(
        String id,
        Instant occurredAt,
        String actor,
        String roles,
        String action,
        String caseReference,
        String target,
        String detail,
        String reason,
        String remoteAddress) {}
