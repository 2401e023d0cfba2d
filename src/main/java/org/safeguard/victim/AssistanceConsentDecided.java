package org.safeguard.victim;

/** The advocate recorded the victim's answer to the offer of assistance, completing task {@code taskId}. */
public record AssistanceConsentDecided(String taskId, long victimId, boolean given, ConsentGiver givenBy) {}
