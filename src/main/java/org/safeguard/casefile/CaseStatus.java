package org.safeguard.casefile;

/**
 * The status labels the organisation publishes. The lifecycle process moves a case from one to
 * the next at its milestones (execution listeners calling {@code caseStatus.mark}); nobody sets
 * them by hand.
 */
public enum CaseStatus {
    RECEIVED,
    UNDER_ASSESSMENT,
    REFERRED_TO_MEMBER_STATE,
    PENDING_WITH_MEMBER_STATE,
    UNDER_INVESTIGATION,
    SUBSTANTIATED,
    NOT_SUBSTANTIATED,
    CLOSED_OTHER
}
