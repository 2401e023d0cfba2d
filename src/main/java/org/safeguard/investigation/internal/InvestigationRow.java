package org.safeguard.investigation.internal;

import java.util.Date;

public record InvestigationRow(Long id, String caseReference, long subjectGroupId, String investigatingBody,
        Date startedAt, Date dueAt, Date extendedDueAt, String finding, Date closedAt) {
}
