package org.safeguard.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.admin.internal.TokenUsage;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * API tokens over HTTP: issued by an administrator, used as {@code Authorization: Bearer}, limited
 * by scope, ended by expiry, revocation or the account, audited in aggregate. Each test issues
 * tokens for an account of its own. Shares {@link AccountSecurityIT}'s context and its movable clock.
 */
@SafeguardIntegrationTest
@Import(AccountSecurityIT.Fixtures.class)
class ApiTokensIT {

    static final String TOKENS = "/api/admin/tokens";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    MovableClock clock;

    @Autowired
    TokenUsage usage;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String account;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        account = "tokens-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(
                new Account(account, "Token test", null, "MINUSCA", null, Set.of(Role.INTAKE)), "an unused password");
    }

    @Test
    void an_administrator_issues_a_token_that_is_shown_once_and_acts_as_its_account() {
        HttpResponse<String> issued = issue(List.of("read"), clock.instant().plus(Duration.ofDays(30)));

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String token = Api.json(issued).get("token").asText();
        assertThat(token).matches("sgt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        String id = Api.json(issued).at("/details/id").asText();
        assertThat(issued.headers().firstValue("Location")).hasValue(TOKENS + "/" + id);

        HttpResponse<String> read = api.bearer(token, "GET", "/api/tasks", null);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        JsonNode listed = listed(id);
        assertThat(listed.get("account").asText()).isEqualTo(account);
        assertThat(listed.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.get("admin", TOKENS).body()).doesNotContain(token).doesNotContain(token.substring(21));
        assertThat(jdbc.queryForList("SELECT secret_hash FROM api_token WHERE id = ?", id)
                        .get(0)
                        .values())
                .noneMatch(
                        hash -> new String((byte[]) hash, StandardCharsets.ISO_8859_1).contains(token.substring(21)));
    }

    @Test
    void a_token_acts_with_the_roles_its_account_has_now() {
        String token = token(List.of("read"));
        assertThat(api.bearer(token, "GET", "/api/audit", null).statusCode()).isEqualTo(403);

        accounts.changeRoles(account, Set.of(Role.AUDITOR));

        assertThat(api.bearer(token, "GET", "/api/audit", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_read_only_token_may_read_but_not_record_a_case() {
        String readOnly = token(List.of("read"));
        String intake = token(List.of("read", "cases:write"));

        HttpResponse<String> refused = api.bearer(readOnly, "POST", "/api/cases", "{}");
        HttpResponse<String> allowed = api.bearer(intake, "POST", "/api/cases", "{}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(refused).get("reason").asText()).isEqualTo("scope");
        assertThat(Api.json(refused).get("detail").asText()).contains("cases:write");
        // Past authentication and scope: the empty intake is refused for its fields.
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(400);
    }

    @Test
    void a_token_without_the_engine_scope_does_not_reach_the_engine() {
        String engine = token(List.of("engine"));
        String reader = token(List.of("read"));

        assertThat(api.bearer(engine, "GET", "/engine-rest/process-definition?key=sea-case", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.bearer(reader, "GET", "/engine-rest/process-definition?key=sea-case", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.bearer(engine, "GET", "/api/tasks", null).statusCode()).isEqualTo(403);
    }

    @Test
    void no_token_manages_tokens_or_accounts_whatever_its_scopes() {
        String adminToken = issuedToken("admin", List.of("read", "cases:write", "tasks:write", "engine"));

        HttpResponse<String> list = api.bearer(adminToken, "GET", TOKENS, null);
        HttpResponse<String> issue = api.bearer(
                adminToken,
                "POST",
                TOKENS,
                request(account, List.of("read"), clock.instant().plus(Duration.ofDays(1))));
        HttpResponse<String> reset = api.bearer(
                adminToken,
                "PUT",
                "/api/admin/accounts/" + account + "/password",
                "{\"password\":\"a long enough password\"}");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(issue.statusCode()).isEqualTo(403);
        assertThat(Api.json(issue).get("reason").asText()).isEqualTo("scope");
        assertThat(reset.statusCode()).isEqualTo(403);
    }

    @Test
    void a_token_expires_at_its_expiry() {
        String token = Api.json(issue(List.of("read"), clock.instant().plus(Duration.ofDays(1))))
                .get("token")
                .asText();
        assertThat(api.bearer(token, "GET", "/api/tasks", null).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofDays(1).plusSeconds(1));

        assertRefused(api.bearer(token, "GET", "/api/tasks", null), "expired");
    }

    @Test
    void a_revoked_token_is_refused_at_once_and_revocation_is_audited() {
        HttpResponse<String> issued = issue(List.of("read"), clock.instant().plus(Duration.ofDays(30)));
        String token = Api.json(issued).get("token").asText();
        String id = Api.json(issued).at("/details/id").asText();
        assertThat(api.bearer(token, "GET", "/api/tasks", null).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = api.send("admin", "DELETE", TOKENS + "/" + id, null);

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertRefused(api.bearer(token, "GET", "/api/tasks", null), "revoked");
        assertThat(listed(id).get("status").asText()).isEqualTo("REVOKED");
        assertThat(listed(id).get("revokedBy").asText()).isEqualTo("admin");
        assertThat(audited("API_TOKEN_ISSUED", id)).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo("admin");
            assertThat((String) entry.get("detail"))
                    .contains("account=" + account, "scopes=read")
                    .doesNotContain(token);
        });
        assertThat(audited("API_TOKEN_REVOKED", id))
                .singleElement()
                .satisfies(entry -> assertThat(entry.get("actor")).isEqualTo("admin"));
        assertThat(api.send("admin", "DELETE", TOKENS + "/0123456789abcdef", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_token_of_a_disabled_or_locked_account_is_refused_and_says_so() {
        String token = token(List.of("read"));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.get(account, "a wrong password", "/api/tasks").statusCode())
                    .isEqualTo(401);
        }

        assertRefused(api.bearer(token, "GET", "/api/tasks", null), "account_locked");

        accounts.disable(account);

        assertRefused(api.bearer(token, "GET", "/api/tasks", null), "account_disabled");
    }

    @Test
    void an_unknown_token_and_a_wrong_secret_for_a_real_id_read_the_same() {
        String token = token(List.of("read"));
        String wrongSecret = token.substring(0, 21) + "A".repeat(43);
        String unknownId = "sgt_0123456789abcdef_" + token.substring(21);

        HttpResponse<String> wrong = api.bearer(wrongSecret, "GET", "/api/tasks", null);
        HttpResponse<String> unknown = api.bearer(unknownId, "GET", "/api/tasks", null);
        HttpResponse<String> garbage = api.bearer("not-a-token", "GET", "/api/tasks", null);

        assertRefused(wrong, "unknown");
        assertThat(wrong.body()).isEqualTo(unknown.body()).isEqualTo(garbage.body());
    }

    @Test
    void uses_are_audited_in_aggregate_not_once_per_call() {
        HttpResponse<String> issued = issue(List.of("read"), clock.instant().plus(Duration.ofDays(30)));
        String token = Api.json(issued).get("token").asText();
        String id = Api.json(issued).at("/details/id").asText();

        IntStream.range(0, 12)
                .forEach(call -> assertThat(
                                api.bearer(token, "GET", "/api/tasks", null).statusCode())
                        .isEqualTo(200));
        assertThat(audited("API_TOKEN_USED", id)).as("nothing written per call").isEmpty();
        usage.flush();

        List<Map<String, Object>> used = audited("API_TOKEN_USED", id);
        assertThat(used).hasSizeBetween(1, 2);
        assertThat(used)
                .allSatisfy(entry -> assertThat((String) entry.get("detail")).contains("account=" + account));
        assertThat(listed(id).get("useCount").asLong()).isEqualTo(12);
        assertThat(listed(id).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void bad_requests_name_the_field_and_the_reason() {
        Instant now = clock.instant();
        assertInvalid(issue(List.of("read"), now.minusSeconds(60)), "expiresAt", "must be in the future");
        assertInvalid(issue(List.of("read"), now.plus(Duration.ofDays(366))), "expiresAt", "at most 365 days");
        assertInvalid(issue(List.of("write-everything"), now.plus(Duration.ofDays(1))), "scopes", "unknown scope");
        assertInvalid(issue(List.of(), now.plus(Duration.ofDays(1))), "scopes", "at least one");
        assertInvalid(
                api.send(
                        "admin",
                        "POST",
                        TOKENS,
                        request("nobody-" + account, List.of("read"), now.plus(Duration.ofDays(1)))),
                "account",
                "no such account");
        assertInvalid(
                api.send(
                        "admin",
                        "POST",
                        TOKENS,
                        "{\"name\":\"x\",\"account\":\"" + account + "\",\"scopes\":[\"read\"]}"),
                "expiresAt",
                "is required");
        assertThat(api.send("manager", "POST", TOKENS, request(account, List.of("read"), now.plus(Duration.ofDays(1))))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_token_signs_no_one_in_to_the_ui() throws IOException, InterruptedException {
        String token = token(List.of("read", "cases:write", "tasks:write", "engine"));
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> anonymous = browser.send(page("/").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withToken = browser.send(
                page("/").header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> tokenAsPassword = browser.send(
                page("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + account + "&password="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(withToken.statusCode()).isEqualTo(anonymous.statusCode());
        assertThat(withToken.headers().firstValue("Location"))
                .isEqualTo(anonymous.headers().firstValue("Location"));
        assertThat(withToken.body()).doesNotContain(account);
        assertThat(tokenAsPassword.headers().firstValue("Location").orElse("/login"))
                .contains("/login");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
    }

    private String token(List<String> scopes) {
        return issuedToken(account, scopes);
    }

    private String issuedToken(String forAccount, List<String> scopes) {
        HttpResponse<String> issued = api.send(
                "admin",
                "POST",
                TOKENS,
                request(forAccount, scopes, clock.instant().plus(Duration.ofDays(30))));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Api.json(issued).get("token").asText();
    }

    private HttpResponse<String> issue(List<String> scopes, Instant expiresAt) {
        return api.send("admin", "POST", TOKENS, request(account, scopes, expiresAt));
    }

    private static String request(String forAccount, List<String> scopes, Instant expiresAt) {
        String scopeList = String.join(
                ",", scopes.stream().map(scope -> "\"" + scope + "\"").toList());
        return "{\"name\":\"Complaint mechanism\",\"account\":\"" + forAccount + "\",\"scopes\":[" + scopeList
                + "],\"expiresAt\":\"" + expiresAt + "\"}";
    }

    private JsonNode listed(String id) {
        for (JsonNode token : Api.json(api.get("admin", TOKENS))) {
            if (token.get("id").asText().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " not listed");
    }

    private List<Map<String, Object>> audited(String action, String id) {
        return jdbc.queryForList(
                "SELECT actor, detail FROM audit_event WHERE action = ? AND target = ?", action, "token:" + id);
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
        assertThat(Api.json(response).get("reason").asText()).isEqualTo(reason);
        assertThat(Api.json(response).get("detail").asText()).isNotBlank();
    }

    private static void assertInvalid(HttpResponse<String> response, String field, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(response).get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("reason").asText()).contains(reason);
        });
    }
}
