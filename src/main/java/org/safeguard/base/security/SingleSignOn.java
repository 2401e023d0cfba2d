package org.safeguard.base.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The single sign-on option, present only when {@code safeguard.oidc.client-id} is set: without
 * it there is no client registration, no provider to reach, and the form is the only sign-in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "safeguard.oidc", name = "client-id")
@EnableConfigurationProperties(SingleSignOnSettings.class)
public class SingleSignOn {

    static final String REGISTRATION_ID = "sso";

    /** Where the sign-in page sends a user who chooses single sign-on, relative to the application. */
    public String signInPath() {
        return "oauth2/authorization/" + REGISTRATION_ID;
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(SingleSignOnSettings settings) {
        ClientRegistration.Builder provider = settings.discovers()
                ? ClientRegistrations.fromIssuerLocation(settings.issuerUri()).registrationId(REGISTRATION_ID)
                : ClientRegistration.withRegistrationId(REGISTRATION_ID)
                        .issuerUri(settings.issuerUri())
                        .authorizationUri(settings.authorizationUri())
                        .tokenUri(settings.tokenUri())
                        .jwkSetUri(settings.jwkSetUri())
                        .userNameAttributeName(IdTokenClaimNames.SUB);
        return new InMemoryClientRegistrationRepository(provider
                .clientName("single sign-on")
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .build());
    }

    @Bean
    SingleSignOnUsers singleSignOnUsers(SingleSignOnSettings settings) {
        return new SingleSignOnUsers(new GroupRoles(settings.groupRoles()), settings.groupsClaim(),
                settings.usernameClaim());
    }
}
