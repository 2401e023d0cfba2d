package org.safeguard.memberstate;

/** Why a Member State is engaged; every purpose walks the same reminder and escalation ladder. */
public enum EngagementPurpose {
    NOTIFICATION,
    ACTIONS_TAKEN,
    PATERNITY
}
