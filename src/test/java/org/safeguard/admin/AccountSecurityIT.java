package org.safeguard.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lockout, session timeout, security headers and error responses, over HTTP. Each lockout test
 * signs in as its own new account, so the demo users that other tests use are never locked.
 * Its own context: the clock moves, and one endpoint fails on purpose.
 */
@SafeguardIntegrationTest
@Import(AccountSecurityIT.Fixtures.class)
class AccountSecurityIT {

    static final String PASSWORD = "correct horse";
    static final String WRONG = "wrong horse";
    static final String NEW_PASSWORD = "battery staple correct";

    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        FailingEndpoint failingEndpoint() {
            return new FailingEndpoint();
        }

        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }

    /** Safeguard's encoder, counting the (slow) comparisons it makes. */
    static class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        private final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence password) {
            return passwords.encode(password);
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            comparisons.incrementAndGet();
            return passwords.matches(password, hash);
        }

        int comparisons() {
            return comparisons.get();
        }
    }

    @RestController
    static class FailingEndpoint {

        @GetMapping("/api/test-failure")
        String fail() {
            throw new IllegalStateException("SELECT name FROM victim WHERE id = 42");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    MovableClock clock;

    @Autowired
    ServletWebServerApplicationContext server;

    @Autowired
    CountingPasswordEncoder passwords;

    Api api;
    String user;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        user = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Account(user, "Lockout test", null, Set.of(Role.AUDITOR)), PASSWORD);
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused() {
        failSignIns(5);

        HttpResponse<String> locked = api.get(user, PASSWORD, "/api/audit");

        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body())
                .doesNotContainIgnoringCase("lock")
                .isEqualTo(api.get(user, WRONG, "/api/audit").body());
    }

    @Test
    void a_burst_of_basic_calls_pays_for_the_password_hash_once() {
        int before = passwords.comparisons();

        IntStream.range(0, 20)
                .forEach(
                        call -> assertThat(api.get(user, PASSWORD, "/api/audit").statusCode())
                                .isEqualTo(200));

        assertThat(passwords.comparisons() - before).isEqualTo(1);
    }

    @Test
    void a_remembered_password_is_checked_again_after_five_minutes() {
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
        int before = passwords.comparisons();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
        assertThat(passwords.comparisons() - before).isEqualTo(1);
    }

    @Test
    void a_wrong_password_is_never_remembered_and_always_pays_the_hash() {
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
        int before = passwords.comparisons();

        failSignIns(3);

        assertThat(passwords.comparisons() - before).isEqualTo(3);
    }

    @Test
    void a_changed_password_is_refused_at_once_though_the_old_one_was_remembered() {
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);

        HttpResponse<String> reset = api.send(
                "admin", "PUT", "/api/admin/accounts/" + user + "/password", "{\"password\":\"" + NEW_PASSWORD + "\"}");

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(401);
        assertThat(api.get(user, NEW_PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void a_new_password_must_be_long_enough_and_only_an_administrator_sets_one() {
        HttpResponse<String> tooShort =
                api.send("admin", "PUT", "/api/admin/accounts/" + user + "/password", "{\"password\":\"short\"}");
        HttpResponse<String> notAdmin = api.send(
                "manager",
                "PUT",
                "/api/admin/accounts/" + user + "/password",
                "{\"password\":\"" + NEW_PASSWORD + "\"}");
        HttpResponse<String> noSuchAccount = api.send(
                "admin",
                "PUT",
                "/api/admin/accounts/nobody-" + user + "/password",
                "{\"password\":\"" + NEW_PASSWORD + "\"}");

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(Api.json(tooShort).at("/errors/0/field").asText()).isEqualTo("password");
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(noSuchAccount.statusCode()).isEqualTo(404);
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void a_locked_account_is_refused_at_once_though_its_password_was_remembered() {
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);

        failSignIns(5);

        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void a_disabled_account_is_refused_at_once_though_its_password_was_remembered() {
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = api.send("admin", "POST", "/api/admin/accounts/" + user + "/disable", null);

        assertThat(disabled.statusCode()).isEqualTo(204);
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void a_role_taken_away_is_refused_at_once_though_the_password_was_remembered() {
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);

        accounts.changeRoles(user, Set.of(Role.INTAKE));

        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void the_lock_lifts_fifteen_minutes_later() {
        failSignIns(5);

        clock.advance(Duration.ofMinutes(14));
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() {
        failSignIns(4);
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);

        failSignIns(4);

        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void wrong_passwords_on_the_sign_in_form_lock_the_account_too() {
        assertThat(signIn(browser(), PASSWORD)).doesNotContain("error");
        SignInPage browser = browser();

        IntStream.range(0, 5)
                .forEach(attempt -> assertThat(signIn(browser, WRONG)).contains("/login?error"));

        assertThat(signIn(browser, PASSWORD)).contains("/login?error");
        assertThat(api.get(user, PASSWORD, "/api/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void the_sign_in_form_is_refused_without_the_pages_csrf_token() {
        SignInPage page = browser();

        HttpResponse<String> without = postSignIn(page.client(), PASSWORD, "");
        HttpResponse<String> forged = postSignIn(page.client(), PASSWORD, "&" + page.csrfParameter() + "=forged");

        // Spring Security answers 403; the error page is not public, so the browser lands on the
        // sign-in page again, with the session it had: no new session cookie, as a sign-in sets.
        for (HttpResponse<String> refused : List.of(without, forged)) {
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location"))
                    .hasValue(uri("/login").toString());
            assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }
        HttpResponse<String> accepted = postSignIn(
                page.client(),
                PASSWORD,
                "&" + page.csrfParameter() + "=" + URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8));
        assertThat(accepted.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        assertThat(accepted.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    @Test
    void the_sign_in_page_and_the_api_send_the_security_headers() {
        HttpResponse<String> login = browse("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> audit = api.get(user, PASSWORD, "/api/audit");
        HttpResponse<String> anonymous = api.get(null, "/api/audit");

        for (HttpResponse<String> response : List.of(login, audit, anonymous)) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains(
                                    "frame-ancestors 'none'",
                                    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                                    "style-src 'self' 'unsafe-inline'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void a_ui_session_expires_after_thirty_idle_minutes_and_its_cookie_is_http_only_and_same_site() {
        HttpResponse<String> start = browse("/");

        String setCookie = start.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax");
        String sessionId = HttpCookie.parse(setCookie).get(0).getValue();
        assertThat(session(sessionId).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void a_failure_on_the_api_answers_500_without_exception_names_or_sql() {
        HttpResponse<String> failure = api.get(user, PASSWORD, "/api/test-failure");

        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.body()).doesNotContain("IllegalStateException", "java.", "SELECT", "victim", "at org.");
    }

    /** A browser on the sign-in page, with the CSRF token the page gives its form. */
    private SignInPage browser() {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = send(
                        browser,
                        HttpRequest.newBuilder(uri("/login"))
                                .header("Accept", "text/html")
                                .GET()
                                .build())
                .body();
        return new SignInPage(browser, meta(page, "_csrf_parameter"), meta(page, "_csrf"));
    }

    private record SignInPage(HttpClient client, String csrfParameter, String csrfToken) {}

    private static String meta(String page, String name) {
        Matcher meta = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(meta.find()).as("meta %s on the sign-in page", name).isTrue();
        return meta.group(1);
    }

    /** Posts the sign-in form as the page's form does and answers where it redirects to. */
    private String signIn(SignInPage page, String password) {
        HttpResponse<String> response = postSignIn(
                page.client(),
                password,
                "&" + page.csrfParameter() + "=" + URLEncoder.encode(page.csrfToken(), StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> postSignIn(HttpClient browser, String password, String moreForm) {
        String form =
                "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + moreForm;
        return send(
                browser,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser's first visit, which the UI answers with a session (and a way to the sign-in page). */
    private HttpResponse<String> browse(String path) {
        return send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build());
    }

    private void failSignIns(int times) {
        IntStream.range(0, times)
                .forEach(
                        attempt -> assertThat(api.get(user, WRONG, "/api/audit").statusCode())
                                .isEqualTo(401));
    }

    private Session session(String id) {
        Context context = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            return context.getManager().findSession(id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
