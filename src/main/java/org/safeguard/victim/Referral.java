package org.safeguard.victim;

import java.time.Instant;

/** A referral of one need to a service provider. Never travels in engine variables beyond its id. */
public record Referral(
        long id,
        long victimId,
        Need need,
        String providerCode,
        String providerName,
        ReferralStatus status,
        Instant dueAt,
        Instant breachedAt,
        Instant updatedAt) {

    @Override
    public String toString() {
        // A provider name can identify a victim's situation (a shelter, a clinic): keep it out of logs.
        return "Referral[id=" + id + ", victimId=" + victimId + ", need=" + need + ", status=" + status + "]";
    }
}
