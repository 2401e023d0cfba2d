package org.safeguard.statistics.internal;

/** One Member State's median reply time in seconds. */
public record MedianRow(String memberState, double seconds) {}
