package org.safeguard.admin.internal;

import java.util.stream.Collectors;
import org.safeguard.admin.Account;
import org.safeguard.admin.AccountCreated;
import org.safeguard.admin.AccountRolesChanged;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every new account and every change of an account's roles, with the roles, in the audit trail, in the same transaction. */
@Component
class AccountCreationAudit {

    private final AuditTrail audit;

    AccountCreationAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountCreated created) {
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_CREATED, null, created.account().username(),
                roles(created.account())));
    }

    @EventListener
    void on(AccountRolesChanged changed) {
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_ROLES_CHANGED, null, changed.account().username(),
                roles(changed.account())));
    }

    private static String roles(Account account) {
        return account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
