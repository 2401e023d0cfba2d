package org.safeguard.victim;

/** A victim (or their parent or guardian) withdrew a consent that was in force. */
public record ConsentWithdrawn(long victimId, ConsentScope scope) {}
