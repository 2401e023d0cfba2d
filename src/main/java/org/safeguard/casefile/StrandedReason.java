package org.safeguard.casefile;

/** Why an open task is on the managers' list of unassigned and unreachable work. */
public enum StrandedReason {
    /** "Assign the investigation team": the case would reach investigation with no investigator who may see it. */
    AWAITING_TEAM,
    /** Unassigned, and no user of its candidate groups sees its case: e.g. an investigation task of a case without a team. */
    NO_ONE_CAN_WORK,
    /** Assigned to someone who no longer sees its case (taken off the team, excluded, role withdrawn). */
    ASSIGNEE_CANNOT_WORK,
    /** Someone could claim it, but no one has for longer than the settings allow. */
    UNCLAIMED;

    /** Whether no one can work the task, or the case's investigation, until a manager acts (rather than merely waiting). */
    public boolean unreachable() {
        return this != UNCLAIMED;
    }
}
