package org.safeguard.base.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in by the identity provider, with exactly the Safeguard roles their groups map
 * to: the provider's scopes and other authorities are dropped, so {@link CurrentUser} and the
 * views see the same {@code ROLE_*} authorities as for a form sign-in.
 */
class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final GroupRoles groupRoles;
    private final String groupsClaim;
    private final String usernameClaim;

    SingleSignOnUsers(GroupRoles groupRoles, String groupsClaim, String usernameClaim) {
        this.groupRoles = groupRoles;
        this.groupsClaim = groupsClaim;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        if (user.getClaimAsString(usernameClaim) == null) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("invalid_id_token", "The ID token names no user in " + usernameClaim, null));
        }
        List<SimpleGrantedAuthority> authorities = groupRoles.of(user.getClaims().get(groupsClaim)).stream()
                .map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), usernameClaim);
    }
}
