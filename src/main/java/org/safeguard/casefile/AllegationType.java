package org.safeguard.casefile;

/** The allegation types of the organisation's published statistics. */
public enum AllegationType {
    RAPE,
    SEXUAL_ASSAULT,
    SEXUAL_ABUSE,
    TRANSACTIONAL_SEX,
    EXPLOITATIVE_RELATIONSHIP,
    SEXUAL_EXPLOITATION_OTHER
}
