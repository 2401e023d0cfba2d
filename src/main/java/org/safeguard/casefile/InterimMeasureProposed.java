package org.safeguard.casefile;

/** An interim measure was proposed on a case; the lifecycle asks a manager to decide it. */
public record InterimMeasureProposed(long measureId, String caseReference) {}
