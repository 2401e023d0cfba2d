package org.safeguard.workbench;

import java.util.List;

/** A draft that breaks the model rules cannot be deployed; each finding names its element. */
public class ModelRefusedException extends RuntimeException {

    private final transient List<ModelFinding> findings;

    public ModelRefusedException(String modelKey, List<ModelFinding> findings) {
        super("The draft of " + modelKey + " breaks " + findings.size() + " model rule(s)");
        this.findings = List.copyOf(findings);
    }

    public List<ModelFinding> findings() {
        return findings;
    }
}
