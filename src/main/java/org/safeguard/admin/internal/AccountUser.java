package org.safeguard.admin.internal;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * An account as Spring Security signs it in. It remembers whether the row had failed sign-ins or
 * a lock to clear, so a successful sign-in writes to the row only then, not on every API call.
 */
public class AccountUser extends User {

    private final boolean failuresToClear;

    public AccountUser(AccountRow row, Instant now, Collection<? extends GrantedAuthority> authorities) {
        // The lock is checked before the password, so a locked account's answer says nothing about it.
        super(row.username(), row.passwordHash(), row.enabled(), true, true, !row.lockedAt(now), authorities);
        this.failuresToClear = row.hasFailuresToClear();
    }

    public boolean hasFailuresToClear() {
        return failuresToClear;
    }
}
