package org.safeguard.victim;

/** A manager resolved the escalation of a referral not made in time, completing task {@code taskId}. */
public record OverdueReferralResolved(String taskId, long referralId) {}
