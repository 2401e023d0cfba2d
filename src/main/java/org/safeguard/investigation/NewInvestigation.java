package org.safeguard.investigation;

import java.util.Date;

/** An investigation being opened: whose, by whom, and its target date. */
public record NewInvestigation(
        String caseReference, long subjectGroupId, InvestigatingBody investigatingBody, Date startedAt, Date dueAt) {}
