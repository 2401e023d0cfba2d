package org.safeguard.sla.internal;

/** Open breached clocks of one kind in one entity. */
public record KindEntityCount(String kind, String entityCode, long breaches) {}
