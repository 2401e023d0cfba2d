package org.safeguard.workbench.ui;

import org.safeguard.base.i18n.Texts;

/**
 * Whether the model in the editor may go to "Deploy…", and if not, why: it must differ from the
 * deployed version (a deployment without a change would only bury the version the cases run on
 * under an identical one), and break none of the rules the owner already knows it breaks (the
 * last check of this very content, bpmnlint's errors as it stands).
 *
 * @param changes          the elements that differ from the deployed version
 * @param blockingFindings the rule findings of the last check of this content and bpmnlint's errors
 */
record DeployReadiness(int deployedVersion, int changes, long blockingFindings) {

    boolean enabled() {
        return changes > 0 && blockingFindings == 0;
    }

    /** What the Deploy button's tooltip says: why it is off, or what it will do. */
    String explanation() {
        if (changes == 0) {
            return Texts.text("models.deployNoChanges", deployedVersion);
        }
        if (blockingFindings > 0) {
            return Texts.text("models.deployBlocked", blockingFindings);
        }
        return Texts.text("models.deployReady", changes, deployedVersion + 1);
    }
}
