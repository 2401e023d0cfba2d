package org.safeguard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** A plain HTTP client for the running application, so tests see exactly what a client sees. */
public final class Api {

    public static final String PASSWORD = "demo";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> postCase(String user, String body) {
        return post(user, "/api/cases", "application/json", body, null);
    }

    public HttpResponse<String> postCase(String user, String body, String idempotencyKey) {
        return post(user, "/api/cases", "application/json", body, idempotencyKey);
    }

    public HttpResponse<String> post(String user, String path, String contentType, String body, String idempotencyKey) {
        HttpRequest.Builder request =
                request(user, path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    /** A {@code multipart/form-data} POST of one file, as a deployment through {@code /engine-rest} needs. */
    public HttpResponse<String> postFile(String user, String path, String fileName, String content) {
        return postForm(user, path, Map.of(), "data", fileName, content);
    }

    /**
     * A {@code multipart/form-data} POST of text fields and one file in a part named {@code filePart},
     * e.g. the request the Camunda desktop modeler sends to deploy.
     */
    public HttpResponse<String> postForm(
            String user, String path, Map<String, String> fields, String filePart, String fileName, String content) {
        String boundary = "safeguard-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(filePart)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n")
                .append(content)
                .append("\r\n")
                .append("--")
                .append(boundary)
                .append("--\r\n");
        return send(request(user, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** Any method, with a JSON body or none: for PUT, DELETE and the authorization matrix. */
    public HttpResponse<String> send(String user, String method, String path, String jsonBody) {
        return send(user, PASSWORD, method, path, jsonBody);
    }

    /** A request with {@code Authorization: Bearer <token>} (an API token or a JWT), with a JSON body or none. */
    public HttpResponse<String> bearer(String token, String method, String path, String jsonBody) {
        return send(withBody(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token),
                method,
                jsonBody));
    }

    /** Any method as {@code user} with {@code password}, e.g. an account created by the test. */
    public HttpResponse<String> send(String user, String password, String method, String path, String jsonBody) {
        return send(withBody(request(user, password, path), method, jsonBody));
    }

    public HttpResponse<String> get(String user, String path) {
        return get(user, PASSWORD, path);
    }

    /** A GET with a password other than the demo users' one, e.g. a wrong one. */
    public HttpResponse<String> get(String user, String password, String path) {
        return send(request(user, password, path).GET().build());
    }

    /** A GET that asks for {@code accept} (e.g. {@code text/csv}) instead of JSON. */
    public HttpResponse<String> getAccepting(String user, String path, String accept) {
        return send(request(user, path).setHeader("Accept", accept).GET().build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static HttpRequest withBody(HttpRequest.Builder request, String method, String jsonBody) {
        if (jsonBody == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
    }

    private HttpRequest.Builder request(String user, String path) {
        return request(user, PASSWORD, path);
    }

    private HttpRequest.Builder request(String user, String password, String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (user != null) {
            String credentials = user + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
