package org.safeguard.workbench.internal;

import java.time.Instant;

/** A row of {@code model_deployment}. */
public record DeploymentRecord(
        String deploymentId, String deployedBy, Instant deployedAt, String source, String reason) {}
