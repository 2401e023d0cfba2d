package org.safeguard.base.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in user, or {@code system} for the engine's own jobs. */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final SecurityContextHolderStrategy contexts;

    /**
     * Reads the context through the application's own strategy (Vaadin's session-aware one), not
     * the static holder: with more than one application context in a JVM the static holder may
     * belong to another one.
     */
    @Autowired
    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this(contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    public CurrentUser(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public String username() {
        Authentication auth = authentication();
        return auth == null ? SYSTEM : auth.getName();
    }

    /** Whether Safeguard itself is acting (start-up, the engine's jobs), not a person. */
    public boolean isSystem() {
        return !signedIn();
    }

    public boolean signedIn() {
        return authentication() != null;
    }

    /** The signed-in user's Safeguard roles; none for {@code system}. Other authorities are ignored. */
    public Set<Role> roles() {
        Authentication auth = authentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (auth != null) {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                Arrays.stream(Role.values())
                        .filter(role -> role.authority().equals(authority.getAuthority()))
                        .forEach(roles::add);
            }
        }
        return roles;
    }

    public boolean hasAnyRole(Role... wanted) {
        Set<Role> roles = roles();
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    private Authentication authentication() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        return auth;
    }
}
