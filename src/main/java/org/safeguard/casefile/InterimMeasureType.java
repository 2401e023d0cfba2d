package org.safeguard.casefile;

/** Measures taken while a case is open, before any finding. */
public enum InterimMeasureType {
    SUSPENSION_FROM_DUTY,
    CONFINEMENT,
    PAYMENT_SUSPENSION,
    REPATRIATION
}
