package org.safeguard.workbench;

import java.util.List;

/**
 * What migrating the running instances of {@code key} from one version to another would do: which
 * activity maps to which (same id in both), which activities of the old version have no
 * counterpart, and for each running instance whether it would move or stay, and why.
 */
public record MigrationPreview(
        String key,
        int fromVersion,
        int toVersion,
        List<ActivityMapping> mappings,
        List<String> unmappedActivities,
        List<InstanceMove> instances) {

    public record ActivityMapping(String from, String to) {}

    /** @param reason why it stays on the old version, or null when it moves */
    public record InstanceMove(
            String processInstanceId, String caseReference, List<String> waitingAt, boolean moves, String reason) {}
}
