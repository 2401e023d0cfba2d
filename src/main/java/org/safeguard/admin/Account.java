package org.safeguard.admin;

import java.util.Set;
import org.safeguard.base.security.Role;

/** A user of Safeguard; {@code nationality} is set for Member State focal points. */
public record Account(String username, String displayName, String nationality, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }
}
