package org.safeguard.admin.internal;

import java.time.Instant;
import java.util.Set;
import org.safeguard.admin.Account;
import org.safeguard.base.security.Role;

/** A row of {@code account}; {@code lockedUntil} is set after repeated failed sign-ins. */
public record AccountRow(String username, String passwordHash, String displayName, String nationality, String entityCode,
        String unit, boolean enabled, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Account account(Set<Role> roles) {
        return new Account(username, displayName, nationality, entityCode, unit, roles);
    }

    @Override
    public String toString() {
        return "AccountRow[username=" + username + "]";
    }
}
