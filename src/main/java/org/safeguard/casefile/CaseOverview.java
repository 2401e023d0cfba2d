package org.safeguard.casefile;

import java.time.Instant;

/** One line of a case list. */
public record CaseOverview(
        String reference, Instant receivedAt, String entity, AllegationType allegationType, CaseStatus status) {}
