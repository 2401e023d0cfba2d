package org.safeguard.victim;

import java.time.Instant;

/**
 * One answer to a consent question as the advocates read it in a victim's history.
 *
 * @param recordedBy  who recorded it; null for answers recorded before Safeguard kept it
 * @param withdrawnAt null while not withdrawn
 */
public record ConsentRecord(
        ConsentScope scope,
        boolean given,
        ConsentGiver givenBy,
        Instant recordedAt,
        String recordedBy,
        Instant withdrawnAt,
        String withdrawnBy) {}
