package org.safeguard.investigation.internal;

import java.util.Date;

public record InvestigationEventRow(
        Long id,
        long investigationId,
        EventType type,
        Date occurredAt,
        String actor,
        String addressedTo,
        String detail) {}
