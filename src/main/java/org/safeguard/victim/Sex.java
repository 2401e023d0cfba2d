package org.safeguard.victim;

public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
