package org.safeguard.memberstate.internal;

import java.util.Optional;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Decides who may record a Member State's reply, and for which Member State. */
@Component
public class Responders {

    private final CurrentUser user;
    private final Accounts accounts;

    Responders(CurrentUser user, Accounts accounts) {
        this.user = user;
        this.accounts = accounts;
    }

    /** @throws AccessDeniedException for roles that may not record replies (HTTP 403) */
    public Responder acting() {
        if (user.isSystem()) {
            return new Responder(CurrentUser.SYSTEM, null, false);
        }
        if (user.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
            return new Responder(user.username(), null, true);
        }
        if (user.hasAnyRole(Role.FOCAL_POINT)) {
            return ownMemberState()
                    .map(code -> new Responder(user.username(), code, false))
                    .orElseThrow(() -> new AccessDeniedException("The focal point's account names no Member State"));
        }
        throw new AccessDeniedException("Only focal points, managers and administrators record replies");
    }

    /** The Member State the signed-in focal point answers for; empty for everyone else. */
    public Optional<String> ownMemberState() {
        if (!user.hasAnyRole(Role.FOCAL_POINT)) {
            return Optional.empty();
        }
        return accounts.find(user.username()).map(Account::nationality);
    }
}
