package org.safeguard.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeployReadinessTest {

    @Test
    void the_deployed_version_unchanged_cannot_be_deployed_and_says_so() {
        DeployReadiness unchanged = new DeployReadiness(7, 0, 0);

        assertThat(unchanged.enabled()).isFalse();
        assertThat(unchanged.explanation()).contains("no change", "version 7");
    }

    @Test
    void a_change_with_known_findings_cannot_be_deployed_until_they_are_fixed() {
        DeployReadiness blocked = new DeployReadiness(7, 2, 1);

        assertThat(blocked.enabled()).isFalse();
        assertThat(blocked.explanation()).contains("1 finding");
    }

    @Test
    void a_change_without_known_findings_can_be_deployed_as_the_next_version() {
        DeployReadiness ready = new DeployReadiness(7, 2, 0);

        assertThat(ready.enabled()).isTrue();
        assertThat(ready.explanation()).contains("2 changed element(s)", "version 8");
    }
}
