package org.safeguard.memberstate;

import java.time.Instant;

/** The conduct officer has provided the information a Member State asked for, completing task {@code taskId}. */
public record InformationProvided(String taskId, long engagementId, Instant providedAt) {}
