package org.safeguard.investigation;

/** The manager's review of the report; a report sent back for rework says why. */
public record ReviewDecision(boolean accepted, String comments) {}
