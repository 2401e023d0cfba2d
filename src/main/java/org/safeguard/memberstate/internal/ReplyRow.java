package org.safeguard.memberstate.internal;

import java.time.Instant;
import org.safeguard.memberstate.ReplyKind;

/** A reply as written to {@code engagement_step}: what was answered, who recorded it, and its request. */
public record ReplyRow(
        long engagementId,
        ReplyKind kind,
        Instant receivedAt,
        String investigationOfficerName,
        String investigationOfficerContact,
        String remark,
        String recordedBy,
        boolean onBehalf,
        String requestHash,
        String requestClient,
        String requestKey) {}
