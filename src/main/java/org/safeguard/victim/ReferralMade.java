package org.safeguard.victim;

/** The advocate referred a need to a provider, completing task {@code taskId}. */
public record ReferralMade(String taskId, long referralId, Need need) {}
