package org.safeguard.sla.internal;

/** Breaches whose target fell in the week {@code week} weeks after the query's first Monday. */
public record WeekCount(long week, long breaches) {}
