package org.safeguard.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The task API as a client uses it: find a case's task in a queue, claim it, complete it. */
public final class TaskApi {

    private final Api api;

    public TaskApi(Api api) {
        this.api = api;
    }

    /** The open task of that kind in the case, as {@code user} finds it in {@code queue} (MINE, MY_GROUPS, ALL). */
    public Optional<JsonNode> find(String user, String queue, String reference, String kind) {
        HttpResponse<String> page = api.get(user, "/api/tasks?queue=" + queue + "&text=" + reference + "&limit=200");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return StreamSupport.stream(Api.json(page).get("items").spliterator(), false)
                .filter(task -> task.get("caseReference").asText().equals(reference))
                .filter(task -> task.get("kind").asText().equals(kind))
                .findFirst();
    }

    /** The id of the task of that kind offered to {@code user}'s groups, once {@code user} has claimed it. */
    public String claim(String user, String reference, String kind) {
        String id = find(user, "MY_GROUPS", reference, kind)
                .orElseThrow(() -> new AssertionError(kind + " not offered to " + user + " in " + reference))
                .get("id")
                .asText();
        HttpResponse<String> claimed = api.send(user, "POST", "/api/tasks/" + id + "/claim", null);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        return id;
    }

    public HttpResponse<String> complete(String user, String taskId, String body) {
        return api.send(user, "POST", "/api/tasks/" + taskId + "/complete", body);
    }

    /** Claims the case's task of that kind as {@code user} and completes it with {@code body}; its id. */
    public String claimAndComplete(String user, String reference, String kind, String body) {
        String id = claim(user, reference, kind);
        HttpResponse<String> completed = complete(user, id, body);
        assertThat(completed.statusCode()).as(kind + ": " + completed.body()).isEqualTo(204);
        return id;
    }

    /**
     * A refusal as the task API answers one: 400, a problem document whose first error names
     * {@code field} with {@code reason}.
     */
    public static void assertRefused(HttpResponse<String> response, String field, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = Api.json(response).get("errors").get(0);
        assertThat(error.get("field").asText()).as(response.body()).isEqualTo(field);
        assertThat(error.get("reason").asText()).as(response.body()).isEqualTo(reason);
    }

    /** The task is still open and still {@code user}'s: a refused completion left it as it was. */
    public void assertStillOpen(String user, String taskId) {
        HttpResponse<String> task = api.get(user, "/api/tasks/" + taskId);
        assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
        assertThat(Api.json(task).get("task").get("assignee").asText()).isEqualTo(user);
    }
}
