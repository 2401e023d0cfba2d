package org.safeguard.victim;

/** Someone read a victim's identity (for the audit trail). */
public record VictimIdentityRead(long victimId) {}
