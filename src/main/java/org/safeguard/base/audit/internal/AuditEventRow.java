package org.safeguard.base.audit.internal;

import java.time.Instant;

/** A new row of {@code audit_event}; the id comes from the database. */
public record AuditEventRow(
        Instant occurredAt,
        String actor,
        String roles,
        String action,
        String caseReference,
        String target,
        String detail,
        String reason,
        String remoteAddress) {}
