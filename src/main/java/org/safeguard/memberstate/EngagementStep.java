package org.safeguard.memberstate;

import java.time.Instant;

/**
 * One dated step of an engagement. {@code detailCode} qualifies it (the reply kind, the note's
 * reference, {@code PENDING_WITH_MEMBER_STATE}); the officer fields are set for replies that name
 * one, {@code remark} for replies to which the Member State added one.
 */
public record EngagementStep(
        long engagementId,
        EngagementStepKind kind,
        Instant occurredAt,
        String detailCode,
        String investigationOfficerName,
        String investigationOfficerContact,
        String remark) {

    public EngagementStep(
            long engagementId,
            EngagementStepKind kind,
            Instant occurredAt,
            String detailCode,
            String investigationOfficerName,
            String investigationOfficerContact) {
        this(engagementId, kind, occurredAt, detailCode, investigationOfficerName, investigationOfficerContact, null);
    }

    public static EngagementStep of(long engagementId, EngagementStepKind kind, Instant occurredAt, String detailCode) {
        return new EngagementStep(engagementId, kind, occurredAt, detailCode, null, null);
    }
}
