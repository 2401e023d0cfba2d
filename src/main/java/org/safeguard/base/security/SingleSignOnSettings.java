package org.safeguard.base.security;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the organisation's OpenID Connect provider, switched on by {@code client-id}.
 * With only {@code issuer-uri} the provider's endpoints are discovered at start-up; naming all
 * three endpoints skips discovery. Each group in the ID token's {@code groups-claim} may grant
 * Safeguard roles through {@code group-roles}; other groups grant nothing. The same provider's
 * access tokens are accepted on the API when their audience includes {@code api-audience}
 * (the client id unless set).
 */
@ConfigurationProperties("safeguard.oidc")
record SingleSignOnSettings(
        String issuerUri,
        String clientId,
        String clientSecret,
        String authorizationUri,
        String tokenUri,
        String jwkSetUri,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue("preferred_username") String usernameClaim,
        Map<String, Set<Role>> groupRoles,
        String apiAudience) {

    SingleSignOnSettings {
        groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
        apiAudience = apiAudience == null || apiAudience.isBlank() ? clientId : apiAudience;
    }

    boolean discovers() {
        return authorizationUri == null || tokenUri == null || jwkSetUri == null;
    }
}
