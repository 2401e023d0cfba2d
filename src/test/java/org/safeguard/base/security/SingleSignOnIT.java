package org.safeguard.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole authorization-code flow against a stub OpenID provider in this JVM, which knows its
 * endpoints without discovery and signs ID tokens with a key made here: no network. Its own
 * context, since single sign-on is configured.
 */
@SafeguardIntegrationTest
class SingleSignOnIT {

    static final StubProvider PROVIDER = StubProvider.start();

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("safeguard.oidc.issuer-uri", PROVIDER::issuer);
        properties.add("safeguard.oidc.authorization-uri", () -> PROVIDER.issuer() + "/authorize");
        properties.add("safeguard.oidc.token-uri", () -> PROVIDER.issuer() + "/token");
        properties.add("safeguard.oidc.jwk-set-uri", () -> PROVIDER.issuer() + "/jwks");
        properties.add("safeguard.oidc.client-id", () -> StubProvider.CLIENT_ID);
        properties.add("safeguard.oidc.client-secret", () -> "stub-secret");
        properties.add("safeguard.oidc.group-roles.safeguard-investigators", () -> "INVESTIGATOR");
        properties.add("safeguard.oidc.group-roles.safeguard-leads", () -> "MANAGER,OWNER");
        properties.add("safeguard.oidc.group-roles.safeguard-auditors", () -> "AUDITOR");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.server.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext server;

    @Test
    void a_provider_user_signs_in_with_the_roles_their_groups_map_to() {
        HttpClient browser = browser();

        String landing = signIn(browser, "jdoe", List.of("safeguard-investigators", "cafeteria"));

        assertThat(landing).doesNotContain("error");
        CurrentUser user = currentUser(browser);
        assertThat(user.username()).isEqualTo("jdoe");
        assertThat(user.roles()).containsExactly(Role.INVESTIGATOR);
    }

    @Test
    void one_group_may_grant_several_roles() {
        HttpClient browser = browser();

        signIn(browser, "lead", List.of("safeguard-leads"));

        assertThat(currentUser(browser).roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.OWNER);
    }

    @Test
    void a_user_of_no_mapped_group_is_signed_in_without_any_safeguard_role() {
        HttpClient browser = browser();

        signIn(browser, "visitor", List.of("cafeteria"));

        CurrentUser user = currentUser(browser);
        assertThat(user.username()).isEqualTo("visitor");
        assertThat(user.roles()).isEmpty();
    }

    @Test
    void an_answer_with_a_forged_state_signs_no_one_in() {
        HttpClient browser = browser();
        Map<String, String> request = authorizationRequest(browser);
        PROVIDER.issue("the-code", "mallory", List.of("safeguard-investigators"), request.get("nonce"));

        HttpResponse<String> callback = get(browser, callback(request, "the-code", "forged-state"));

        assertThat(callback.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        assertThat(securityContext(browser)).isNull();
    }

    @Test
    void a_provider_access_token_acts_on_the_api_with_the_roles_its_groups_map_to() {
        Api api = new Api(port);
        String auditor =
                PROVIDER.sign(PROVIDER.accessToken("aude", List.of("safeguard-auditors"), StubProvider.CLIENT_ID));
        String investigator =
                PROVIDER.sign(PROVIDER.accessToken("jdoe", List.of("safeguard-investigators"), StubProvider.CLIENT_ID));

        assertThat(api.bearer(auditor, "GET", "/api/audit", null).statusCode()).isEqualTo(200);
        assertThat(api.bearer(investigator, "GET", "/api/audit", null).statusCode())
                .isEqualTo(403);
        assertThat(api.bearer(investigator, "GET", "/api/tasks", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_provider_token_for_another_audience_an_expired_one_or_a_forged_one_is_refused() throws JOSEException {
        Api api = new Api(port);
        String otherAudience =
                PROVIDER.sign(PROVIDER.accessToken("aude", List.of("safeguard-auditors"), "another-app"));
        JWTClaimsSet expired = new JWTClaimsSet.Builder(
                        PROVIDER.accessToken("aude", List.of("safeguard-auditors"), StubProvider.CLIENT_ID))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stub").build(),
                PROVIDER.accessToken("aude", List.of("safeguard-auditors"), StubProvider.CLIENT_ID));
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID("stub").generate()));

        for (String token : List.of(otherAudience, PROVIDER.sign(expired), forged.serialize())) {
            HttpResponse<String> refused = api.bearer(token, "GET", "/api/audit", null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(Api.json(refused).get("reason").asText()).isEqualTo("invalid_token");
        }
    }

    /** Follows the redirect to the provider, has it "authenticate" the user, and returns the callback's redirect. */
    private String signIn(HttpClient browser, String username, List<String> groups) {
        Map<String, String> request = authorizationRequest(browser);
        String code = UUID.randomUUID().toString();
        PROVIDER.issue(code, username, groups, request.get("nonce"));

        HttpResponse<String> callback = get(browser, callback(request, code, request.get("state")));

        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        return callback.headers().firstValue("Location").orElseThrow();
    }

    private Map<String, String> authorizationRequest(HttpClient browser) {
        HttpResponse<String> redirect = get(browser, "http://localhost:" + port + "/oauth2/authorization/sso");
        assertThat(redirect.statusCode()).isEqualTo(302);
        URI provider = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(provider.toString()).startsWith(PROVIDER.issuer() + "/authorize?");
        Map<String, String> query = Arrays.stream(provider.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        assertThat(query).containsEntry("client_id", StubProvider.CLIENT_ID).containsEntry("response_type", "code");
        assertThat(query.get("scope")).contains("openid");
        return query;
    }

    private static String callback(Map<String, String> request, String code, String state) {
        return request.get("redirect_uri") + "?code=" + code + "&state=" + state;
    }

    private CurrentUser currentUser(HttpClient browser) {
        SecurityContext context = securityContext(browser);
        assertThat(context).as("a signed-in session").isNotNull();
        SecurityContextHolderStrategy contexts = mock(SecurityContextHolderStrategy.class);
        when(contexts.getContext()).thenReturn(context);
        return new CurrentUser(contexts);
    }

    private SecurityContext securityContext(HttpClient browser) {
        CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
        String sessionId = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        Context context = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = context.getManager().findSession(sessionId);
            return session == null
                    ? null
                    : (SecurityContext) session.getSession()
                            .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static HttpResponse<String> get(HttpClient browser, String uri) {
        try {
            return browser.send(
                    HttpRequest.newBuilder(URI.create(uri))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Token endpoint and key set of an OpenID provider; the codes it redeems are issued by the test. */
    static final class StubProvider {

        static final String CLIENT_ID = "safeguard";

        private final HttpServer server;
        private final RSAKey key;
        private final Map<String, JWTClaimsSet> codes = new ConcurrentHashMap<>();

        private StubProvider(HttpServer server, RSAKey key) {
            this.server = server;
            this.key = key;
        }

        static StubProvider start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                StubProvider provider = new StubProvider(
                        server, new RSAKeyGenerator(2048).keyID("stub").generate());
                server.createContext(
                        "/jwks", exchange -> respond(exchange, new JWKSet(provider.key.toPublicJWK()).toString()));
                server.createContext("/token", provider::token);
                server.start();
                return provider;
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        String issuer() {
            return "http://localhost:" + server.getAddress().getPort();
        }

        void issue(String code, String username, List<String> groups, String nonce) {
            Instant now = Instant.now();
            codes.put(
                    code,
                    new JWTClaimsSet.Builder()
                            .issuer(issuer())
                            .subject(UUID.randomUUID().toString())
                            .audience(CLIENT_ID)
                            .issueTime(Date.from(now))
                            .expirationTime(Date.from(now.plusSeconds(300)))
                            .claim("nonce", nonce)
                            .claim("preferred_username", username)
                            .claim("groups", groups)
                            .build());
        }

        /** An access token for the API as the provider issues one, for {@code audience}. */
        JWTClaimsSet accessToken(String username, List<String> groups, String audience) {
            Instant now = Instant.now();
            return new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject(UUID.randomUUID().toString())
                    .audience(audience)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("preferred_username", username)
                    .claim("groups", groups)
                    .build();
        }

        private void token(HttpExchange exchange) throws IOException {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String code = Arrays.stream(form.split("&"))
                    .filter(pair -> pair.startsWith("code="))
                    .findFirst()
                    .map(pair -> URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8))
                    .orElse("");
            JWTClaimsSet claims = codes.remove(code);
            if (claims == null) {
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            respond(
                    exchange,
                    "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                            + "\"expires_in\":300,\"scope\":\"openid profile email\",\"id_token\":\"" + sign(claims)
                            + "\"}");
        }

        private String sign(JWTClaimsSet claims) {
            try {
                SignedJWT token = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(key.getKeyID())
                                .build(),
                        claims);
                token.sign(new RSASSASigner(key));
                return token.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void respond(HttpExchange exchange, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }
}
