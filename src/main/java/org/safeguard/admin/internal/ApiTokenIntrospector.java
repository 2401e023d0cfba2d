package org.safeguard.admin.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.base.security.ApiScope;
import org.safeguard.base.security.ApiTokenRefusal;
import org.safeguard.base.security.ApiTokenRefusedException;
import org.safeguard.base.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Checks a presented API token against its row, for Spring Security's opaque-token provider: two
 * indexed queries (token with account, then roles) and one SHA-256, no password hash. The result
 * carries the account's roles as they are now and the token's scopes as {@code SCOPE_*}
 * authorities, so a role removed or an account disabled takes effect on the next call.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    /** The attribute naming the token's id, e.g. for the audit of its use. */
    static final String TOKEN_ID = "token_id";
    // Compared against when the id is unknown, so an unknown id costs the same hash as a wrong secret.
    private static final byte[] NO_HASH = new byte[32];

    private final ApiTokenMapper tokens;
    private final AccountMapper accounts;
    private final TokenUsage usage;
    private final Clock clock;

    ApiTokenIntrospector(ApiTokenMapper tokens, AccountMapper accounts, TokenUsage usage, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String presented) {
        Optional<TokenSecrets.Token> token = TokenSecrets.parse(presented);
        TokenCredential credential =
                token.map(parsed -> tokens.findCredential(parsed.id())).orElse(null);
        boolean matches = token.isPresent()
                && TokenSecrets.matches(token.get().secret(), credential == null ? NO_HASH : credential.secretHash());
        if (!matches || credential == null) {
            throw refused(ApiTokenRefusal.UNKNOWN, null);
        }
        Instant now = clock.instant();
        if (credential.revokedAt() != null) {
            throw refused(ApiTokenRefusal.REVOKED, credential.id());
        }
        if (!credential.expiresAt().isAfter(now)) {
            throw refused(ApiTokenRefusal.EXPIRED, credential.id());
        }
        if (!credential.accountEnabled()) {
            throw refused(ApiTokenRefusal.ACCOUNT_DISABLED, credential.id());
        }
        if (credential.accountLockedUntil() != null
                && credential.accountLockedUntil().isAfter(now)) {
            throw refused(ApiTokenRefusal.ACCOUNT_LOCKED, credential.id());
        }
        usage.used(credential.id(), credential.username(), now);
        return new DefaultOAuth2AuthenticatedPrincipal(
                credential.username(),
                Map.of(
                        TOKEN_ID,
                        credential.id(),
                        OAuth2TokenIntrospectionClaimNames.SCOPE,
                        Arrays.asList(credential.scopes().split(" ")),
                        OAuth2TokenIntrospectionClaimNames.EXP,
                        credential.expiresAt()),
                authorities(credential));
    }

    private List<GrantedAuthority> authorities(TokenCredential credential) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        accounts.findRoles(credential.username()).stream()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        Arrays.stream(credential.scopes().split(" "))
                .map(ApiScope::ofCode)
                .flatMap(Optional::stream)
                .map(ApiScope::authority)
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        return authorities;
    }

    private ApiTokenRefusedException refused(ApiTokenRefusal refusal, String tokenId) {
        usage.refused(refusal, tokenId);
        return new ApiTokenRefusedException(refusal);
    }
}
