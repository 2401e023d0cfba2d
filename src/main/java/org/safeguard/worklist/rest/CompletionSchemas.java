package org.safeguard.worklist.rest;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguard.base.tasks.TaskCompletion;

/**
 * The JSON Schema of each task kind's completion body, drawn from its body record as springdoc
 * draws every other schema, under a name of the kind's own ({@code user_assess_allegation} →
 * {@code AssessAllegationBody}), so kinds that share a record still have one schema each.
 */
final class CompletionSchemas {

    static final String KIND_EXTENSION = "x-task-kind";
    private static final String COMPONENTS = "#/components/schemas/";

    /** The schema's name in the OpenAPI document's components. */
    static String name(String kind) {
        String words = kind.startsWith("user_") ? kind.substring("user_".length()) : kind;
        return Arrays.stream(words.split("_"))
                        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                        .collect(Collectors.joining())
                + "Body";
    }

    /** Where the OpenAPI document defines the kind's schema. */
    static String ref(String kind) {
        return COMPONENTS + name(kind);
    }

    /**
     * The body's schema (named for the kind) and the schemas it refers to by {@code $ref}, e.g. a
     * subject group's assessment; resolved afresh, so the caller may change what it gets.
     */
    static KindSchema of(TaskCompletion<?> completion) {
        ResolvedSchema resolved =
                ModelConverters.getInstance().readAllAsResolvedSchema(new AnnotatedType(completion.bodyType()));
        Schema<?> body = resolved.schema;
        body.name(name(completion.kind()))
                .description("The body that completes a task of kind " + completion.kind() + ".")
                .addExtension(KIND_EXTENSION, completion.kind());
        Map<String, Schema> referenced = new LinkedHashMap<>(resolved.referencedSchemas);
        referenced.remove(completion.bodyType().getSimpleName());
        return new KindSchema(body, referenced);
    }

    /** A kind's body schema and the schemas it refers to, by name. */
    @SuppressWarnings("rawtypes")
    record KindSchema(Schema<?> body, Map<String, Schema> referenced) {}

    private CompletionSchemas() {}
}
