package org.safeguard.casefile;

/** The published status of a case; the lifecycle process moves it at its milestones. */
public enum CaseStatus {
    RECEIVED,
    UNDER_ASSESSMENT
}
