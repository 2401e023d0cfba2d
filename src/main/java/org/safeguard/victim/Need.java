package org.safeguard.victim;

/** Needs found by the advocate's assessment. CHILD_SUPPORT is support for a child born of SEA. */
public enum Need {
    SAFETY,
    MEDICAL,
    PSYCHOSOCIAL,
    LEGAL,
    MATERIAL,
    CHILD_SUPPORT
}
