package org.safeguard.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated browser tab at the HTTP level, speaking what Vaadin Flow 24.9's client sends: the
 * sign-in form with Spring Security's CSRF token from the page's {@code _csrf} meta tags, the
 * bootstrap ({@code ?v-r=init&location=…}, which creates the UI and hands out its id and security
 * key), then UIDL requests ({@code ?v-r=uidl&v-uiId=…}) carrying the key, the server's last
 * {@code syncId} and the client's own counter. Navigation is the {@code ui-navigate} event the
 * client's router fires on the UI's root node, the same as a click in the side navigation.
 * Like a browser it answers the server's one question that views ask through
 * {@code Page.retrieveExtendedClientDetails} (the window's size and the time zone): unanswered, the
 * server would keep every view that asked, waiting, and the session would grow with each visit.
 * It keeps only a few strings, so that in the benchmark's heap the server's side of a session is
 * what grows.
 */
final class UiSessionClient {

    /** The UI (the root of the state tree) is node 1 in every Flow UI. */
    private static final int UI_NODE = 1;

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER =
            Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern PRODUCTION_MODE = Pattern.compile("\"productionMode\"\\s*:\\s*(true|false)");
    /** The return channel of a request for the browser's details: the client calls it with them. */
    private static final Pattern BROWSER_DETAILS_REQUEST =
            Pattern.compile("\\[\\[2,(\\d+),(\\d+)\\],\\[2,\\d+,\\d+\\],\"[^\"]*getBrowserDetailsParameters");
    /** What {@code Vaadin.Flow.getBrowserDetailsParameters()} returns in a desktop browser in Geneva. */
    private static final String BROWSER_DETAILS = "{\"v-sw\":\"1920\",\"v-sh\":\"1080\",\"v-ww\":\"1600\","
            + "\"v-wh\":\"900\",\"v-bw\":\"1600\",\"v-bh\":\"820\",\"v-tzo\":\"-60\",\"v-rtzo\":\"-60\","
            + "\"v-dstd\":\"60\",\"v-dston\":\"false\",\"v-tzid\":\"Europe/Zurich\",\"v-curdate\":\""
            + "1765000000000\",\"v-td\":\"false\",\"v-pr\":\"1\",\"v-wn\":\"ROOT-1\",\"v-np\":\"Linux x86_64\"}";

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http;
    private final String base;
    private String session;
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private boolean productionMode;

    UiSessionClient(HttpClient http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Signs in as a browser does: the sign-in page (whose UI the browser boots and leaves behind in
     * the session until its heartbeats stop), then the form, posted with the page's CSRF token.
     */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        expect(page, 200, "the sign-in page");
        boot("login");
        String form = form(Map.of(
                "username",
                username,
                "password",
                password,
                find(CSRF_PARAMETER, page.body(), "the CSRF parameter meta tag"),
                find(CSRF, page.body(), "the CSRF meta tag")));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Sign-in of " + username + " refused: " + signedIn.statusCode() + " " + location);
        }
    }

    /** Loads the page at {@code route} and boots its UI, as a browser's first request to the route does. */
    void open(String route) throws IOException, InterruptedException {
        expect(send(HttpRequest.newBuilder(URI.create(base + "/" + route)).GET()), 200, "the page " + route);
        boot(route);
    }

    private void boot(String route) throws IOException, InterruptedException {
        HttpResponse<String> init =
                send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + route + "&query="))
                        .GET());
        expect(init, 200, "the bootstrap of " + route);
        uiId = Integer.parseInt(find(UI_ID, init.body(), "the UI id"));
        securityKey = find(SECURITY_KEY, init.body(), "the security key");
        syncId = Integer.parseInt(find(SYNC_ID, init.body(), "the sync id"));
        productionMode = Boolean.parseBoolean(find(PRODUCTION_MODE, init.body(), "the mode"));
        clientId = 0;
        navigate(route);
    }

    /** Navigates the UI to {@code route} in one UIDL round trip and returns the server's answer. */
    String navigate(String route) throws IOException, InterruptedException {
        return uidl(
                securityKey,
                "{\"type\":\"event\",\"node\":" + UI_NODE + ",\"event\":\"ui-navigate\",\"data\":"
                        + "{\"route\":\"" + route
                        + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                        + clientId + "},\"trigger\":\"\"}}");
    }

    /** The heartbeat the client sends every few minutes to keep its UI alive. */
    void heartbeat() throws IOException, InterruptedException {
        expect(
                send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                        .POST(BodyPublishers.noBody())),
                200,
                "the heartbeat");
    }

    /** A UIDL request with no change, signed with {@code key}: the server's answer. */
    String emptyUidl(String key) throws IOException, InterruptedException {
        return uidl(key, "");
    }

    /** Whether the server said it runs in production mode: development mode tracks every component it creates. */
    boolean productionMode() {
        return productionMode;
    }

    String securityKey() {
        return securityKey;
    }

    private String uidl(String key, String rpc) throws IOException, InterruptedException {
        String message = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(BodyPublishers.ofString(message)));
        expect(response, 200, "a UIDL request");
        Matcher sync = SYNC_ID.matcher(response.body());
        if (sync.find() && !"-1".equals(sync.group(1))) {
            syncId = Integer.parseInt(sync.group(1));
            clientId++;
        }
        Matcher question = BROWSER_DETAILS_REQUEST.matcher(response.body());
        if (question.find()) {
            uidl(
                    key,
                    "{\"type\":\"channel\",\"node\":" + question.group(1) + ",\"channel\":" + question.group(2)
                            + ",\"args\":[" + BROWSER_DETAILS + "]}");
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
        // A new session at the first request, another one at sign-in (against session fixation).
        response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .findFirst()
                .ifPresent(cookie -> session = cookie.group(1));
        return response;
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
    }

    private static String find(Pattern pattern, String body, String what) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in the answer");
        }
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
