package org.safeguard.investigation.internal;

import java.time.Instant;
import java.util.Date;
import org.safeguard.investigation.FindingCode;
import org.safeguard.investigation.InvestigatingBody;
import org.safeguard.investigation.InvestigationSummary;

public record InvestigationRow(
        Long id,
        String caseReference,
        long subjectGroupId,
        String investigatingBody,
        Date startedAt,
        Date dueAt,
        Date extendedDueAt,
        String finding,
        Date closedAt) {

    public InvestigationSummary summary() {
        return new InvestigationSummary(
                id,
                subjectGroupId,
                InvestigatingBody.valueOf(investigatingBody),
                instant(startedAt),
                instant(dueAt),
                instant(extendedDueAt),
                finding == null ? null : FindingCode.valueOf(finding),
                instant(closedAt));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
