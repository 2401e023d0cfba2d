package org.safeguard.victim;

import java.time.Instant;

/** One recorded answer to a consent question; in force while given and not withdrawn. */
public record Consent(
        long id,
        long victimId,
        ConsentScope scope,
        boolean given,
        ConsentGiver givenBy,
        Instant recordedAt,
        Instant withdrawnAt) {

    public boolean inForce() {
        return given && withdrawnAt == null;
    }
}
