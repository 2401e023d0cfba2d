package org.safeguard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelSandboxTest {

    @Test
    void docs_sandbox_md_shows_everything_the_list_allows() throws IOException {
        String doc = Files.readString(Path.of("docs", "sandbox.md"));

        for (ModelSandbox.Allowance allowance : ModelSandbox.allowances()) {
            String row = doc.lines()
                    .filter(line -> line.startsWith("| ")
                            && line.contains("| " + allowance.kind() + " |")
                            && allowance.members().stream().allMatch(member -> line.contains("`" + member + "`")))
                    .findFirst()
                    .orElse(null);
            assertThat(row).as("a row of docs/sandbox.md listing %s", allowance).isNotNull();
        }
    }

    @Test
    void only_listed_methods_of_listed_beans_are_callable() {
        assertThat(ModelSandbox.allowsBeanMethod("deadlines", "due")).isTrue();
        assertThat(ModelSandbox.allowsBeanMethod("deadlines", "warnings")).isFalse();
        assertThat(ModelSandbox.allowsBeanMethod("deadlines", "getClass")).isFalse();
        assertThat(ModelSandbox.allowsBeanMethod("openInvestigationDelegate", "execute"))
                .isFalse();
        assertThat(ModelSandbox.allowsBeanMethod(null, "due")).isFalse();
        assertThat(ModelSandbox.isModelBean("openInvestigationDelegate")).isTrue();
        assertThat(ModelSandbox.isModelBean("dataSource")).isFalse();
    }

    @Test
    void the_execution_offers_its_variables_and_identity_but_not_the_engine() {
        assertThat(ModelSandbox.allowsExecutionMethod("getVariable")).isTrue();
        assertThat(ModelSandbox.allowsExecutionProperty("processBusinessKey")).isTrue();
        assertThat(ModelSandbox.allowsExecutionMethod("getProcessEngineServices"))
                .isFalse();
        assertThat(ModelSandbox.allowsExecutionMethod("getProcessEngine")).isFalse();
        assertThat(ModelSandbox.allowsExecutionMethod("getBpmnModelInstance")).isFalse();
        assertThat(ModelSandbox.allowsExecutionProperty("processEngineServices"))
                .isFalse();
    }
}
