package org.safeguard.investigation;

/** The outcome of an investigation, as the organisation publishes it. */
public enum FindingCode {
    SUBSTANTIATED,
    NOT_SUBSTANTIATED,
    CLOSED_OTHER
}
