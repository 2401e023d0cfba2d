package org.safeguard.accountability.internal;

import java.util.Date;

public record MeasureRow(Long id, String caseReference, long subjectGroupId, MeasureKind kind, String detail,
        Date recordedAt, String recordedBy) {
}
