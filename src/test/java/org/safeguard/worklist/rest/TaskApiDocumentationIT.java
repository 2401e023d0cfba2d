package org.safeguard.worklist.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document describes the task API and the completion body of every user task in the models. */
@SafeguardIntegrationTest
class TaskApiDocumentationIT {

    private static final Pattern USER_TASK = Pattern.compile("userTask id=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_names_one_completion_schema_per_user_task_of_the_models() throws IOException {
        JsonNode document = Api.json(new Api(port).get(null, "/v3/api-docs"));
        List<String> kinds = userTaskKinds();
        assertThat(kinds).hasSize(27);

        assertThat(document.get("paths").has("/api/tasks")).isTrue();
        assertThat(document.get("paths").has("/api/tasks/{id}")).isTrue();
        JsonNode complete =
                document.get("paths").get("/api/tasks/{id}/complete").get("post");
        List<String> oneOf = StreamSupport.stream(
                        complete.get("requestBody")
                                .get("content")
                                .get("application/json")
                                .get("schema")
                                .get("oneOf")
                                .spliterator(),
                        false)
                .map(ref -> ref.get("$ref").asText())
                .toList();
        JsonNode schemas = document.get("components").get("schemas");
        for (String kind : kinds) {
            String name = CompletionSchemas.name(kind);
            assertThat(schemas.has(name)).as("schema of %s", kind).isTrue();
            assertThat(schemas.get(name).get("x-task-kind").asText()).isEqualTo(kind);
            assertThat(oneOf).contains("#/components/schemas/" + name);
        }
        assertThat(oneOf).hasSize(kinds.size());
        assertThat(schemas.get("AssessAllegationBody").get("properties").has("assessments"))
                .isTrue();
        assertThat(schemas.has("GroupAssessment"))
                .as("referenced by AssessAllegationBody")
                .isTrue();
    }

    private static List<String> userTaskKinds() throws IOException {
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            return models.filter(path -> path.toString().endsWith(".bpmn"))
                    .flatMap(path -> {
                        try {
                            return USER_TASK
                                    .matcher(Files.readString(path))
                                    .results()
                                    .map(match -> match.group(1));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted()
                    .toList();
        }
    }
}
