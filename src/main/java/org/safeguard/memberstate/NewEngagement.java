package org.safeguard.memberstate;

/** The engagement a process asks for: codes and ids only. {@code subjectGroupId} may be null. */
public record NewEngagement(String caseReference, Long subjectGroupId, String nationality, EngagementPurpose purpose) {}
