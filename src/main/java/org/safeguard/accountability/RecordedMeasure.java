package org.safeguard.accountability;

import java.time.Instant;

/**
 * One accountability measure recorded for a subject group, as the case file shows it.
 *
 * @param detail the particulars as recorded: for payments and repatriation the two answers and
 *               the details, for a disciplinary decision the measures and the reasons, for an
 *               entity its name and measures, for the screening database the entry's reference
 */
public record RecordedMeasure(
        long id, long subjectGroupId, MeasureKind kind, String detail, Instant recordedAt, String recordedBy) {}
