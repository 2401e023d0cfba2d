package org.safeguard.workbench;

import java.util.List;

/**
 * A migration started as a batch of the engine: its id (to follow its {@link MigrationProgress}),
 * the versions, how many instances it moves, and the chosen instances left on the old version with
 * the reason.
 */
public record MigrationBatch(
        String batchId,
        String key,
        int fromVersion,
        int toVersion,
        int instances,
        List<MigrationPreview.InstanceMove> leftBehind) {}
