package org.safeguard.casefile;

/** The preliminary assessment of one subject group; a reason is required when no breach is found. */
public record GroupAssessment(long subjectGroupId, Boolean breachesStandards, String reason) {

    public static final int REASON_MAX = 500;
}
