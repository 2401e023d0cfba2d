package org.safeguard.worklist.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.List;
import org.safeguard.worklist.TaskCompletions;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the completion body of every task kind: one named schema per kind in the components,
 * and the complete endpoint's request body as {@code oneOf} them. The controller binds the body
 * only once it knows the task's kind, which springdoc cannot see.
 */
@Component
class TaskApiDocumentation implements OpenApiCustomizer {

    static final String COMPLETE_PATH = "/api/tasks/{id}/complete";

    private final TaskCompletions completions;

    TaskApiDocumentation(TaskCompletions completions) {
        this.completions = completions;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        ComposedSchema anyKind = new ComposedSchema();
        completions.all().forEach(completion -> {
            CompletionSchemas.KindSchema schema = CompletionSchemas.of(completion);
            schema.referenced().forEach((name, referenced) -> {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                    components.addSchemas(name, referenced);
                }
            });
            components.addSchemas(schema.body().getName(), schema.body());
            anyKind.addOneOfItem(new Schema<>().$ref(CompletionSchemas.ref(completion.kind())));
        });
        PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(COMPLETE_PATH);
        Operation complete = path == null ? null : path.getPost();
        if (complete != null) {
            complete.setRequestBody(new RequestBody()
                    .required(true)
                    .description("The body of the task's kind: " + String.join(", ", kindNames()))
                    .content(new Content()
                            .addMediaType(
                                    org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                    new MediaType().schema(anyKind))));
        }
    }

    private List<String> kindNames() {
        return completions.all().stream()
                .map(c -> c.kind() + " → " + CompletionSchemas.name(c.kind()))
                .toList();
    }
}
