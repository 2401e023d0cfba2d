package org.safeguard.base.security;

import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

/**
 * An API token that authenticates no one. Thrown by the token introspector; Spring Security's
 * opaque-token provider wraps it, and {@link ProblemAuthenticationEntryPoint} finds it again to
 * say why. Its message never contains the token.
 */
public class ApiTokenRefusedException extends BadOpaqueTokenException {

    private final ApiTokenRefusal refusal;

    public ApiTokenRefusedException(ApiTokenRefusal refusal) {
        super(refusal.detail());
        this.refusal = refusal;
    }

    public ApiTokenRefusal refusal() {
        return refusal;
    }
}
