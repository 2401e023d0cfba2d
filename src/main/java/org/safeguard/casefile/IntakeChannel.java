package org.safeguard.casefile;

/** How the allegation reached the organisation. */
public enum IntakeChannel {
    COMMUNITY_MECHANISM,
    HOTLINE,
    EMAIL,
    IN_PERSON,
    STAFF_REPORT,
    OVERSIGHT_REFERRAL,
    OTHER
}
