package org.safeguard.admin.internal;

import java.util.stream.Collectors;
import org.safeguard.admin.Account;
import org.safeguard.admin.AccountCreated;
import org.safeguard.admin.AccountDisabled;
import org.safeguard.admin.AccountPasswordChanged;
import org.safeguard.admin.AccountRolesChanged;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every new account, change of an account's roles (with the roles), password replaced and account
 * disabled, in the audit trail, in the same transaction.
 */
@Component
class AccountAudit {

    private final AuditTrail audit;

    AccountAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountCreated created) {
        audit.record(AuditEntry.of(
                AuditAction.ACCOUNT_CREATED, null, created.account().username(), roles(created.account())));
    }

    @EventListener
    void on(AccountRolesChanged changed) {
        audit.record(AuditEntry.of(
                AuditAction.ACCOUNT_ROLES_CHANGED, null, changed.account().username(), roles(changed.account())));
    }

    @EventListener
    void on(AccountPasswordChanged changed) {
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_PASSWORD_CHANGED, null, changed.username(), null));
    }

    @EventListener
    void on(AccountDisabled disabled) {
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_DISABLED, null, disabled.username(), null));
    }

    private static String roles(Account account) {
        return account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
