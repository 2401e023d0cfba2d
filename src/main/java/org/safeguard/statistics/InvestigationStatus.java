package org.safeguard.statistics;

/** Where the investigation of a subject group stands, as published. */
public enum InvestigationStatus {
    /** Not yet assessed, routed or started. */
    PENDING,
    ONGOING,
    COMPLETED,
    /** Closed without an investigation: no breach of the standards, or referred to the responsible entity. */
    NOT_INVESTIGATED
}
