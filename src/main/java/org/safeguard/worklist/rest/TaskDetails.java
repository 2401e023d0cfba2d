package org.safeguard.worklist.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import java.util.Map;
import java.util.TreeMap;
import org.safeguard.worklist.WorklistTask;

/**
 * One open task and the JSON Schema of the body that completes it.
 *
 * @param completionSchema  the body's schema; {@code $ref}s name schemas of {@code referencedSchemas}
 *                          (and of the OpenAPI document's components)
 * @param referencedSchemas the schemas the body refers to, by name (e.g. a subject group's assessment)
 */
record TaskDetails(TaskSummary task, JsonNode completionSchema, Map<String, JsonNode> referencedSchemas) {

    static TaskDetails of(WorklistTask task, CompletionSchemas.KindSchema schema) {
        if (schema == null) {
            return new TaskDetails(TaskSummary.of(task), null, Map.of());
        }
        Map<String, JsonNode> referenced = new TreeMap<>();
        schema.referenced().forEach((name, referencedSchema) -> referenced.put(name, json(referencedSchema)));
        return new TaskDetails(TaskSummary.of(task), json(schema.body()), referenced);
    }

    // Swagger's models serialise properly only with swagger-core's own mapper (no nulls, no internal flags).
    private static JsonNode json(Object schema) {
        return Json.mapper().valueToTree(schema);
    }
}
