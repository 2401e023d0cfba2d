package org.safeguard.statistics.internal;

import java.time.Instant;

/** One subject group of a case with its investigation (if any) and its paternity engagements. */
public record GroupRow(
        long groupId,
        long caseId,
        String caseReference,
        String entityCode,
        Instant receivedAt,
        String allegationType,
        String personnelCategory,
        String nationality,
        String outcome,
        String investigatingBody,
        String finding,
        Instant investigationClosedAt,
        long paternityClaims) {}
