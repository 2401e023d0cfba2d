package org.safeguard.base.security;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The single sign-on option, present only when {@code safeguard.oidc.client-id} is set: without
 * it there is no client registration, no provider to reach, the form is the only sign-in to the UI
 * and the API takes no JWTs.
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
        return new InMemoryClientRegistrationRepository(provider.clientName("single sign-on")
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .build());
    }

    @Bean
    ProviderClaims providerClaims(SingleSignOnSettings settings) {
        return new ProviderClaims(
                new GroupRoles(settings.groupRoles()), settings.groupsClaim(), settings.usernameClaim());
    }

    @Bean
    SingleSignOnUsers singleSignOnUsers(ProviderClaims claims) {
        return new SingleSignOnUsers(claims);
    }

    /**
     * The provider's access tokens on the API: keys from its JWKS (the same address the sign-in
     * uses, discovered or configured), fetched on first use and cached by Nimbus; issuer, expiry and
     * audience checked, so a token the provider issued for another application is refused.
     */
    @Bean
    ProviderAccessTokens providerAccessTokens(
            ClientRegistrationRepository registrations, SingleSignOnSettings settings, ProviderClaims claims) {
        ClientRegistration.ProviderDetails provider =
                registrations.findByRegistrationId(REGISTRATION_ID).getProviderDetails();
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(provider.getJwkSetUri()).build();
        String issuer = provider.getIssuerUri() != null ? provider.getIssuerUri() : settings.issuerUri();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(settings.apiAudience()))));
        return new ProviderAccessTokens(decoder, claims);
    }
}
