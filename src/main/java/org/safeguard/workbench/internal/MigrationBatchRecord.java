package org.safeguard.workbench.internal;

import java.time.Instant;

/** A row of {@code model_migration_batch}: a migration an owner started, by the engine's batch id. */
public record MigrationBatchRecord(
        String batchId,
        String processKey,
        int fromVersion,
        int toVersion,
        int instances,
        boolean updateTimers,
        String startedBy,
        Instant startedAt,
        String reason) {}
