package org.safeguard.base.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who a token of the identity provider names, and with which Safeguard roles: the same for an ID
 * token at sign-in to the UI ({@link SingleSignOnUsers}) and an access token on the API
 * ({@link ProviderAccessTokens}). The provider's scopes and other authorities are dropped, so
 * {@link CurrentUser} and the views see the same {@code ROLE_*} authorities as for a form sign-in.
 */
class ProviderClaims {

    private final GroupRoles groupRoles;
    private final String groupsClaim;
    private final String usernameClaim;

    ProviderClaims(GroupRoles groupRoles, String groupsClaim, String usernameClaim) {
        this.groupRoles = groupRoles;
        this.groupsClaim = groupsClaim;
        this.usernameClaim = usernameClaim;
    }

    String usernameClaim() {
        return usernameClaim;
    }

    /** The Safeguard user name; null when the token names none. */
    String username(Map<String, Object> claims) {
        Object username = claims.get(usernameClaim);
        return username == null ? null : username.toString();
    }

    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return groupRoles.of(claims.get(groupsClaim)).stream()
                .map(Role::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
