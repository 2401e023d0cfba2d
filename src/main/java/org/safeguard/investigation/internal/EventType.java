package org.safeguard.investigation.internal;

/** The kinds of entry in an investigation's history. */
public enum EventType {
    OPENED,
    PLANNED,
    VICTIM_INTERVIEWED,
    SUBJECT_AND_WITNESSES_INTERVIEWED,
    EVIDENCE_GATHERED,
    REPORT_SUBMITTED,
    REPORT_ACCEPTED,
    REWORK,
    WARNING,
    BREACH,
    ESCALATION_HANDLED,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    FINDING
}
