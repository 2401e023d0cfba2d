package org.safeguard.accountability.internal;

public enum MeasureKind {
    PAYMENTS_AND_REPATRIATION,
    DISCIPLINARY,
    ENTITY_MEASURES,
    SCREENING_ENTRY
}
