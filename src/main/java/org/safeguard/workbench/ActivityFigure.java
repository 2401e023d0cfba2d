package org.safeguard.workbench;

/**
 * The cases waiting at one activity; of those whose wait carries a deadline (a user task's due date,
 * a timer), how many are on track, at risk (past the SLA's at-risk share of their span) or overdue.
 * {@code onTrack + atRisk + overdue} is less than {@code active} when some waits have no deadline.
 */
public record ActivityFigure(String activityId, long active, long onTrack, long atRisk, long overdue) {}
