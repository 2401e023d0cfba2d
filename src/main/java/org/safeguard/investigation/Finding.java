package org.safeguard.investigation;

/** The investigation's finding and the reasoning behind it. */
public record Finding(FindingCode code, String reasoning) {}
