package org.safeguard.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The benchmark's HTTP client: keep-alive connections (HTTP/1.1, as integrating systems use), one
 * signed-in account. How it signs in is {@link #credentials}, and nowhere else.
 */
final class BenchClient {

    /** The demo intake officer, registering for MINUSCA like the example allegation. */
    static final String USER = "intake";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization = credentials();

    BenchClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** HTTP Basic as a person would use it; API tokens (issue 15) will replace it here. */
    private static String credentials() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A GET that must answer {@code expected}; its body. */
    String get(String path, int expected) throws Exception {
        return send(request(path).GET().build(), expected);
    }

    /** A POST of a JSON body ({@code null}: none) that must answer {@code expected}; its body. */
    String post(String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = request(path);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build(), expected);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Authorization", authorization);
    }

    private String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                            + " instead of " + expected + ": " + abbreviated(response.body()));
        }
        return response.body();
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
