package org.safeguard.casefile;

/** How one subject group's branch of the lifecycle ended. */
public enum SubjectGroupOutcome {
    SUBSTANTIATED,
    NOT_SUBSTANTIATED,
    CLOSED_OTHER,
    NO_BREACH_OF_STANDARDS,
    REFERRED_TO_RESPONSIBLE_ENTITY;

    /** The case status a set of outcomes publishes: one substantiated group makes the case substantiated. */
    public static CaseStatus caseStatusOf(java.util.Collection<SubjectGroupOutcome> outcomes) {
        if (outcomes.contains(SUBSTANTIATED)) {
            return CaseStatus.SUBSTANTIATED;
        }
        if (outcomes.contains(NOT_SUBSTANTIATED)) {
            return CaseStatus.NOT_SUBSTANTIATED;
        }
        return CaseStatus.CLOSED_OTHER;
    }
}
