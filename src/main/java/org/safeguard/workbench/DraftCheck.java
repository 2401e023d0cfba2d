package org.safeguard.workbench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What deploying the draft would do: the rules it breaks (it cannot be deployed while there are
 * any) and how it differs from the deployed version it would replace. {@code draftVersion} is the
 * saved draft checked, or 0 when the content checked was not saved.
 */
public record DraftCheck(
        int draftVersion, int deployedVersion, List<ModelFinding> findings, List<ModelChange> changes) {

    @JsonProperty("deployable")
    public boolean deployable() {
        return findings.isEmpty();
    }
}
