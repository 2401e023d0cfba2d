package org.safeguard.accountability.internal;

import java.util.Date;
import org.safeguard.accountability.MeasureKind;

public record MeasureRow(
        Long id,
        String caseReference,
        long subjectGroupId,
        MeasureKind kind,
        String detail,
        Date recordedAt,
        String recordedBy) {}
