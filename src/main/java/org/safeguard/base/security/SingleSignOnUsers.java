package org.safeguard.base.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A user signed in to the UI by the identity provider, named and given roles by {@link ProviderClaims}. */
class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ProviderClaims claims;

    SingleSignOnUsers(ProviderClaims claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        if (claims.username(user.getClaims()) == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    "invalid_id_token", "The ID token names no user in " + claims.usernameClaim(), null));
        }
        return new DefaultOidcUser(
                claims.authorities(user.getClaims()), user.getIdToken(), user.getUserInfo(), claims.usernameClaim());
    }
}
