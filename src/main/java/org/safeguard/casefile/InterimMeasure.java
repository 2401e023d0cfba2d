package org.safeguard.casefile;

import java.time.Instant;

/**
 * One interim measure of a case as the case file shows it.
 *
 * @param subjectGroupId the group it concerns, or null for the whole case
 * @param decidedBy      null while it waits for a manager's decision
 */
public record InterimMeasure(
        long id,
        Long subjectGroupId,
        InterimMeasureType measure,
        InterimMeasureStatus status,
        String proposedBy,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt) {}
