package org.safeguard.victim;

/** The advocate followed up with a victim, completing task {@code taskId}; assistance continues or ends. */
public record FollowUpRecorded(String taskId, long victimId, boolean continueAssistance) {}
