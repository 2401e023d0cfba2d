package org.safeguard.admin;

import java.util.Set;
import org.safeguard.base.security.Role;

/**
 * A user of Safeguard. {@code nationality} is the country a focal point answers for, and for
 * everyone else their own, which a conflict of interest is matched on, as is {@code unit}.
 * {@code entity} scopes intake officers and advocates to that entity's cases.
 */
public record Account(
        String username, String displayName, String nationality, String entity, String unit, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public Account(String username, String displayName, String nationality, Set<Role> roles) {
        this(username, displayName, nationality, null, null, roles);
    }
}
