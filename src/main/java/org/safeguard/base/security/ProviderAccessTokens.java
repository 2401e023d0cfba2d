package org.safeguard.base.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The identity provider's access tokens (JWTs) on the API, with single sign-on only: Spring
 * Security's JWT provider checks signature, issuer, audience and expiry; the user and roles come
 * from the claims exactly as at sign-in to the UI. Such a caller is a person, not limited by
 * {@link ApiScope}.
 */
// Deliberately not an AuthenticationManager bean: Spring Security would take one for the global
// manager, and the sign-in form would then accept JWTs instead of passwords.
class ProviderAccessTokens {

    private final JwtAuthenticationProvider provider;

    ProviderAccessTokens(JwtDecoder decoder, ProviderClaims claims) {
        provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> {
            String username = claims.username(jwt.getClaims());
            if (username == null) {
                throw new InvalidBearerTokenException("The access token names no user in " + claims.usernameClaim());
            }
            return new JwtAuthenticationToken(jwt, claims.authorities(jwt.getClaims()), username);
        });
    }

    Authentication authenticate(Authentication bearer) {
        return provider.authenticate(bearer);
    }
}
