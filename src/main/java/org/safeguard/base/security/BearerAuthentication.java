package org.safeguard.base.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Who a bearer token on the API is: the identity provider's JWT (three dot-separated parts) when
 * single sign-on is configured, otherwise one of Safeguard's own API tokens, looked up by the
 * token introspector of the accounts module. Built per filter chain, never a bean, so the UI's
 * sign-in form keeps the global user-and-password manager.
 */
final class BearerAuthentication implements AuthenticationManager {

    private final AuthenticationManager apiTokens;
    private final ProviderAccessTokens providerTokens;

    /** @param providerTokens null without single sign-on */
    BearerAuthentication(OpaqueTokenIntrospector apiTokens, ProviderAccessTokens providerTokens) {
        this.apiTokens = new OpaqueTokenAuthenticationProvider(apiTokens)::authenticate;
        this.providerTokens = providerTokens;
    }

    @Override
    public Authentication authenticate(Authentication bearer) {
        if (providerTokens != null
                && bearer instanceof BearerTokenAuthenticationToken token
                && isJwt(token.getToken())) {
            return providerTokens.authenticate(bearer);
        }
        return apiTokens.authenticate(bearer);
    }

    private static boolean isJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
