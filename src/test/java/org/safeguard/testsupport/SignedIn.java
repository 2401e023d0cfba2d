package org.safeguard.testsupport;

import java.util.Arrays;
import org.safeguard.base.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A service call made as a signed-in user, as a view makes it:
 * {@code try (var signedIn = SignedIn.as(contexts, "vra", Role.VRA)) { ... }}. It goes through the
 * application's own {@link SecurityContextHolderStrategy} bean: the static holder may belong to
 * another application context of the same JVM.
 */
public final class SignedIn implements AutoCloseable {

    private final SecurityContextHolderStrategy contexts;

    private SignedIn(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public static SignedIn as(SecurityContextHolderStrategy contexts, String username, Role... roles) {
        contexts.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username,
                        null,
                        Arrays.stream(roles)
                                .map(Role::authority)
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
        return new SignedIn(contexts);
    }

    @Override
    public void close() {
        contexts.clearContext();
    }
}
