package org.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features use each other's public API only, and no cycles form between them. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SafeguardApplication.class);

    @Test
    void feature_modules_respect_their_boundaries() {
        MODULES.verify();
    }

    /**
     * A page per module in every build, from the code itself (its API, its dependencies, the events
     * it publishes and listens to, its Spring beans): {@code target/spring-modulith-docs}, described in
     * docs/architecture.md.
     */
    @Test
    void each_module_gets_its_page_and_diagram_from_the_code() {
        new Documenter(MODULES).writeDocumentation();

        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(docs.resolve("all-docs.adoc")).exists();
        assertThat(docs.resolve("module-casefile.adoc")).content().contains("CaseIntake");
        assertThat(docs.resolve("module-worklist.puml")).content().contains("Casefile");
    }
}
