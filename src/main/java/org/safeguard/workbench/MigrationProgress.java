package org.safeguard.workbench;

import java.time.Instant;
import java.util.List;

/**
 * How far a migration batch has come, in instances: {@code migrated + failed + remaining = total}.
 * Finished when nothing remains and nothing failed; failed instances stay on the old version until
 * retried.
 *
 * @param startedAt when the owner started it
 * @param startedBy who started it
 */
public record MigrationProgress(
        String batchId,
        String key,
        int fromVersion,
        int toVersion,
        int total,
        int migrated,
        int failed,
        int remaining,
        boolean finished,
        List<FailedMigration> failures,
        Instant startedAt,
        String startedBy) {}
