package org.safeguard.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.stream.Stream;
import org.safeguard.base.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The machine interfaces ({@code /api}, {@code /engine-rest}) take HTTP Basic (the password's check
 * remembered briefly, {@link VerifiedPasswords}), Safeguard's API tokens as {@code Bearer}, limited
 * by their {@link ApiScope}s, and, with single sign-on, the identity provider's JWTs. The UI takes
 * form login, and single sign-on when {@link SingleSignOn} is configured; it takes no bearer token.
 * Anonymous requests to either get 401 or the login page, never data. Only the roles that work
 * cases or models may use {@code /engine-rest}; others get 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final String[] ENGINE_USERS = Stream.of(
                    Role.INTAKE, Role.INVESTIGATOR, Role.VRA, Role.MANAGER, Role.OWNER, Role.ADMIN)
            .map(Role::name)
            .toArray(String[]::new);

    // Path patterns on the whole path: /engine-rest is Jersey's servlet, not Spring MVC's.
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            UserDetailsService accounts,
            PasswordEncoder passwords,
            VerifiedPasswords verifiedPasswords,
            AuthenticationEventPublisher events,
            ObjectProvider<OpaqueTokenIntrospector> introspectors,
            ObjectProvider<ProviderAccessTokens> providerTokens)
            throws Exception {
        // No parent manager: a wrong password must pay bcrypt once, not once more in a fallback.
        ProviderManager basic =
                new ProviderManager(new ApiPasswordAuthentication(accounts, passwords, verifiedPasswords));
        basic.setAuthenticationEventPublisher(events);
        // Looked up on first use: the accounts module's introspector reaches the audit trail, which
        // the filter chain, built before the application's other beans, should not pull in early.
        OpaqueTokenIntrospector apiTokens = token -> introspectors.getObject().introspect(token);
        BearerAuthentication bearer = new BearerAuthentication(apiTokens, providerTokens.getIfAvailable());
        return http.securityMatcher(new OrRequestMatcher(
                        PATHS.matcher("/api/**"),
                        PATHS.matcher("/engine-rest/**"),
                        PATHS.matcher("/actuator/prometheus")))
                .authorizeHttpRequests(SecurityConfiguration::apiRules)
                .authenticationManager(basic)
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                // Stateless clients authenticate every request; there is no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::securityHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(
            HttpSecurity http, RequestUtil vaadinRequests, ObjectProvider<SingleSignOnUsers> singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/v3/api-docs/**")
                .permitAll());
        SingleSignOnUsers users = singleSignOn.getIfAvailable();
        if (users != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").userInfoEndpoint(info -> info.oidcUserService(users)));
        }
        return http.headers(SecurityConfiguration::securityHeaders)
                // Signing in starts a clean session: nothing of the anonymous one (the sign-in page's
                // Vaadin UI, which would otherwise stay in memory until its heartbeats stop) is
                // carried over, only Spring Security's own attributes (the page asked for).
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
                // Vaadin's own CSRF setup exempts the sign-in form, which would let another site
                // sign a browser in under the attacker's account. The form sends the token from
                // the page's _csrf meta tags, so only Vaadin's internal requests, which carry
                // Vaadin's own token, are exempt.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * Who may do what on the machine interfaces: the roles decide for everyone, and an API token's
     * scopes narrow that further by path and method ({@link ScopedAccess}). First match wins.
     */
    private static void apiRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
        AuthorizationManager<RequestAuthorizationContext> admin =
                AuthorityAuthorizationManager.hasRole(Role.ADMIN.name());
        requests
                // An allow-list: focal points, auditors and any future role never reach the
                // engine, not even its metadata (process keys, deployment names).
                .requestMatchers(PATHS.matcher("/engine-rest/**"))
                .access(ScopedAccess.within(ApiScope.ENGINE, AuthorityAuthorizationManager.hasAnyRole(ENGINE_USERS)))
                // Metrics name entities and counts: the scraper signs in as an administrator.
                .requestMatchers(PATHS.matcher("/actuator/prometheus"))
                .access(ScopedAccess.within(ApiScope.READ, admin))
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/admin/**"))
                .access(ScopedAccess.within(ApiScope.READ, admin))
                .requestMatchers(PATHS.matcher("/api/admin/**"))
                .access(ScopedAccess.peopleOnly(admin))
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/**"))
                .access(ScopedAccess.within(ApiScope.READ, signedIn))
                .requestMatchers(PATHS.matcher(HttpMethod.HEAD, "/api/**"))
                .access(ScopedAccess.within(ApiScope.READ, signedIn))
                .requestMatchers(PATHS.matcher("/api/cases/**"))
                .access(ScopedAccess.within(ApiScope.CASES_WRITE, signedIn))
                .requestMatchers(PATHS.matcher("/api/tasks/**"))
                .access(ScopedAccess.within(ApiScope.TASKS_WRITE, signedIn))
                .anyRequest()
                .access(ScopedAccess.peopleOnly(signedIn));
    }

    /**
     * On every response of both chains, besides Spring Security's defaults (nosniff, no caching,
     * HSTS over HTTPS). Vaadin Flow's client needs inline and evaluated scripts and inline styles.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frames -> frames.deny());
    }

    /** bcrypt today; the delegating encoder lets stored hashes move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
