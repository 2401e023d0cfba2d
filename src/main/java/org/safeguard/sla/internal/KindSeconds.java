package org.safeguard.sla.internal;

/** How long one ended clock ran, in seconds. */
public record KindSeconds(String kind, long seconds) {}
