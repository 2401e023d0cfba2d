package org.safeguard.accountability;

/** What kind of accountability measure was recorded for a subject group; stored by name. */
public enum MeasureKind {
    /** Uniformed personnel: whether payments were withheld and the person repatriated. */
    PAYMENTS_AND_REPATRIATION,
    /** Staff, volunteers and contractors: the disciplinary measures decided and why. */
    DISCIPLINARY,
    /** Implementing partners and non-organisation forces: what the responsible entity did. */
    ENTITY_MEASURES,
    /** The entry that keeps the person from being engaged again. */
    SCREENING_ENTRY
}
