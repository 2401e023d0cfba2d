package org.safeguard.base.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessVocabularyTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void no_task_key_or_variable_name_is_written_as_a_string_outside_the_backing_classes() throws IOException {
        ProcessVocabulary vocabulary = ProcessVocabulary.of(List.of(
                SeaCaseProcess.class,
                InvestigationProcess.class,
                MemberStateEngagementProcess.class,
                VictimAssistanceProcess.class,
                AccountabilityProcess.class));
        List<String> copies;
        try (Stream<Path> sources = Files.walk(MAIN)) {
            copies = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("org/safeguard/base/processes")))
                    .flatMap(p -> vocabulary.copiesIn(p).stream())
                    .toList();
        }
        assertThat(vocabulary.elementIds()).contains("user_assess_allegation", "timer_reminder_due");
        assertThat(vocabulary.variableNames()).contains("caseReference", "finding", "engagementId");
        assertThat(copies).isEmpty();
    }

    @Test
    void a_copied_task_key_and_a_variable_named_by_a_string_are_each_reported(@TempDir Path folder) throws IOException {
        ProcessVocabulary vocabulary = ProcessVocabulary.of(List.of(SeaCaseProcess.class));
        Path source = Files.writeString(
                folder.resolve("Planted.java"),
                String.join(
                        "\n",
                        "class Planted {",
                        "    static final String TASK = \"user_assess_allegation\";",
                        "    void complete(Object tasks, Object task) {",
                        "        tasks.complete(task, Map.of(\"finding\", \"SUBSTANTIATED\"));",
                        "        execution.setVariable(\"route\", \"CLOSE\");",
                        "        throw invalid(\"finding\", \"a field of a form, not a variable\");",
                        "    }",
                        "}"));

        assertThat(vocabulary.copiesIn(source))
                .containsExactly(
                        "Planted.java:2: \"user_assess_allegation\" is an element id of SeaCaseProcess",
                        "Planted.java:4: \"finding\" is a variable of SeaCaseProcess",
                        "Planted.java:5: \"route\" is a variable of SeaCaseProcess");
    }
}
