package org.safeguard.memberstate;

/**
 * Which engagement a reply answers: either its {@code engagementId}, or the case and subject group
 * it is about ({@code caseReference} + {@code subjectGroupId}), then the engagement open for that
 * group ({@code purpose} chooses when several are open), or else the one that closed last.
 */
public record EngagementAddress(
        Long engagementId, String caseReference, Long subjectGroupId, EngagementPurpose purpose) {

    public static EngagementAddress of(long engagementId) {
        return new EngagementAddress(engagementId, null, null, null);
    }
}
