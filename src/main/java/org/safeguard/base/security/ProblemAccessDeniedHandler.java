package org.safeguard.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a signed-in caller whose role, or whose API token's scope, may not use an API with 403
 * and a problem document, written directly for the same reason as {@link ProblemAuthenticationEntryPoint}.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof ScopedAccess.OutOfScope outOfScope) {
            String detail = outOfScope.needed() == null
                    ? "API tokens may not use this interface; a person must."
                    : "The API token's scopes do not include "
                            + outOfScope.needed().code() + ".";
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, detail, "scope");
            return;
        }
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Your role may not use this interface.", null);
    }
}
