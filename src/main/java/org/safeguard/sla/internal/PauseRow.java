package org.safeguard.sla.internal;

import java.time.Instant;

/** One pause of one clock; open while {@code resumedAt} is null. */
public record PauseRow(
        Long id,
        String clockId,
        String clockKind,
        String caseReference,
        Instant pausedAt,
        String pausedBy,
        String reason,
        Instant targetBefore,
        Instant resumedAt,
        String resumedBy,
        Instant targetAfter) {}
