package org.safeguard.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated API call with 401 and a problem document. A refused API token says
 * why ({@link ApiTokenRefusal}), since its holder must know whether to ask for a new one; a refused
 * password says nothing more than "sign in", so a locked account reads like a wrong password.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final String BASIC = "Basic realm=\"Safeguard\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ApiTokenRefusedException refused = refusal(e);
        if (refused != null) {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE, bearer(refused.refusal().detail()));
            ProblemResponses.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    refused.refusal().detail(),
                    refused.refusal().code());
        } else if (e instanceof OAuth2AuthenticationException) {
            String detail = "The bearer token is not valid or has expired.";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, bearer(detail));
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, detail, "invalid_token");
        } else {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC);
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            ProblemResponses.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Sign in with HTTP Basic credentials or an API token (Authorization: Bearer).",
                    null);
        }
    }

    private static ApiTokenRefusedException refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiTokenRefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    private static String bearer(String description) {
        return "Bearer error=\"invalid_token\", error_description=\"" + description + "\"";
    }
}
