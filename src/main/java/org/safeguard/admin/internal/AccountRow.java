package org.safeguard.admin.internal;

import java.time.Instant;
import java.util.Set;
import org.safeguard.admin.Account;
import org.safeguard.base.security.Role;

/**
 * A row of {@code account}; {@code lockedUntil} is set after repeated failed sign-ins, which
 * {@code failedSignIns} counts since the last success or lock.
 */
public record AccountRow(
        String username,
        String passwordHash,
        String displayName,
        String nationality,
        String entityCode,
        String unit,
        boolean enabled,
        Instant lockedUntil,
        int failedSignIns) {

    /** Whether a successful sign-in has a count or a (perhaps lapsed) lock to clear. */
    public boolean hasFailuresToClear() {
        return failedSignIns > 0 || lockedUntil != null;
    }

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
