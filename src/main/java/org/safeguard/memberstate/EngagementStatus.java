package org.safeguard.memberstate;

/** Open until the engagement has its outcome; replies to a closed engagement change nothing. */
public enum EngagementStatus {
    OPEN,
    CLOSED
}
