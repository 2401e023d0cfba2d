package org.safeguard.victim;

/** How a victim's assistance track stands. */
public enum TrackStatus {
    OPEN,
    DECLINED,
    CLOSED,
    WITHDRAWN
}
