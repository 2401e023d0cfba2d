package org.safeguard.memberstate;

/** What a Member State did about its national, as it reports it. */
public enum ActionKind {
    JUDICIAL,
    DISCIPLINARY,
    REPATRIATION
}
