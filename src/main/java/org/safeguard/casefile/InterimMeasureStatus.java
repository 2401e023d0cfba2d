package org.safeguard.casefile;

/** Where an interim measure stands: proposed, then approved or rejected by a manager. */
public enum InterimMeasureStatus {
    PROPOSED,
    APPROVED,
    REJECTED
}
