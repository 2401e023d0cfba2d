package org.safeguard.base.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in user, or {@code system} for the engine's own jobs. */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
