package org.safeguard.casefile;

import java.time.Instant;

/**
 * A case has been recorded; published inside the intake's transaction. Carries codes only,
 * never the narrative or a victim's identity, because listeners pass it to the engine.
 */
public record CaseRecorded(
        String reference, Instant receivedAt, String entity, AllegationType allegationType, boolean minorInvolved) {}
