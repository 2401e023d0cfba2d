package org.safeguard.workbench;

import java.time.Instant;

/**
 * One deployed version of a process or decision: when, by whom and why it was deployed (from
 * {@code model_deployment}; deployments made before Safeguard recorded them say {@code unknown}),
 * and how many running process instances are still on it (always 0 for decisions).
 */
public record ModelVersion(
        String definitionId,
        int version,
        String deploymentId,
        String resourceName,
        Instant deployedAt,
        String deployedBy,
        String reason,
        String source,
        long runningInstances) {}
