package org.safeguard.victim;

/** What a consent covers; each scope is given and withdrawn on its own. */
public enum ConsentScope {
    ASSISTANCE,
    REFERRAL,
    SHARING_WITH_INVESTIGATORS
}
