package org.safeguard.victim;

public enum AgeGroup {
    CHILD,
    ADULT,
    UNKNOWN
}
