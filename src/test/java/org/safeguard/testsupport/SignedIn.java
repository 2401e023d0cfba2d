package org.safeguard.testsupport;

import java.util.Arrays;
import org.safeguard.base.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A service call made as a signed-in user, as a view makes it:
 * {@code try (var signedIn = SignedIn.as("vra", Role.VRA)) { ... }}.
 */
public final class SignedIn implements AutoCloseable {

    private SignedIn() {
    }

    public static SignedIn as(String username, Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, Arrays.stream(roles).map(Role::authority).map(SimpleGrantedAuthority::new).toList()));
        return new SignedIn();
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
    }
}
