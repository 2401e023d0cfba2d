package org.safeguard.memberstate;

import java.time.Instant;

/** A step was added to an engagement's ladder, inside the transaction that recorded it. */
public record EngagementStepRecorded(long engagementId, EngagementStepKind kind, Instant occurredAt) {}
