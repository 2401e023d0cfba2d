package org.safeguard.investigation;

import java.time.Instant;

/**
 * One investigation of a subject group and its clocks, as the case file shows it.
 *
 * @param extendedDueAt the due date a granted extension set, or null
 * @param finding       null until the investigation closes
 */
public record InvestigationSummary(
        long id,
        long subjectGroupId,
        InvestigatingBody investigatingBody,
        Instant startedAt,
        Instant dueAt,
        Instant extendedDueAt,
        FindingCode finding,
        Instant closedAt) {

    /** The date the investigation is held to now. */
    public Instant currentDueAt() {
        return extendedDueAt != null ? extendedDueAt : dueAt;
    }
}
