package org.safeguard.workbench;

import java.util.List;

/** The instances moved to the new version, and those left on the old one with the reason. */
public record MigrationResult(List<String> migrated, List<MigrationPreview.InstanceMove> leftBehind) {
}
