package org.safeguard;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features use each other's public API only, and no cycles form between them. */
class ModularityTest {

    @Test
    void feature_modules_respect_their_boundaries() {
        ApplicationModules.of(SafeguardApplication.class).verify();
    }
}
