package org.safeguard.base.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A rule of the API's filter chain that an API token passes only with the scope it names (or
 * never, without one), before the roles' own rule applies to everyone. Only Safeguard's API tokens
 * authenticate as {@link BearerTokenAuthentication}: the identity provider's JWTs and HTTP Basic
 * are people, whose roles alone decide.
 */
final class ScopedAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final ApiScope scope;
    private final AuthorizationManager<RequestAuthorizationContext> roles;

    private ScopedAccess(ApiScope scope, AuthorizationManager<RequestAuthorizationContext> roles) {
        this.scope = scope;
        this.roles = roles;
    }

    /** Tokens need {@code scope}; then, as for everyone, {@code roles} decides. */
    static ScopedAccess within(ApiScope scope, AuthorizationManager<RequestAuthorizationContext> roles) {
        return new ScopedAccess(scope, roles);
    }

    /** No token may, whatever its scopes: what only people do (manage tokens, pause clocks, deploy). */
    static ScopedAccess peopleOnly(AuthorizationManager<RequestAuthorizationContext> roles) {
        return new ScopedAccess(null, roles);
    }

    @Override
    public AuthorizationResult authorize(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
        if (authentication.get() instanceof BearerTokenAuthentication token && !covers(token)) {
            return new OutOfScope(scope);
        }
        return roles.authorize(authentication, request);
    }

    @Override
    @Deprecated
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
        AuthorizationResult result = authorize(authentication, request);
        return result instanceof AuthorizationDecision decision
                ? decision
                : new AuthorizationDecision(result.isGranted());
    }

    private boolean covers(BearerTokenAuthentication token) {
        return scope != null
                && token.getAuthorities().stream()
                        .anyMatch(held -> scope.authority().equals(held.getAuthority()));
    }

    /** A refusal for the token's scope, not its account's role, so the 403 can say which. */
    static final class OutOfScope extends AuthorizationDecision {

        private final ApiScope needed;

        OutOfScope(ApiScope needed) {
            super(false);
            this.needed = needed;
        }

        /** The scope that would have allowed the request; null where no token may. */
        ApiScope needed() {
            return needed;
        }
    }
}
