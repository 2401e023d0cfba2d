package org.safeguard.admin.internal;

import java.util.Set;
import org.safeguard.admin.Account;
import org.safeguard.base.security.Role;

/** A row of {@code account}. */
public record AccountRow(String username, String passwordHash, String displayName, String nationality, boolean enabled) {

    public Account account(Set<Role> roles) {
        return new Account(username, displayName, nationality, roles);
    }

    @Override
    public String toString() {
        return "AccountRow[username=" + username + "]";
    }
}
