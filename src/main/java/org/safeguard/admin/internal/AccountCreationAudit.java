package org.safeguard.admin.internal;

import java.util.stream.Collectors;
import org.safeguard.admin.AccountCreated;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every new account, with its roles, in the audit trail, in the transaction that created it. */
@Component
class AccountCreationAudit {

    private final AuditTrail audit;

    AccountCreationAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountCreated created) {
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_CREATED, null, created.account().username(),
                created.account().roles().stream().map(Role::name).sorted().collect(Collectors.joining(","))));
    }
}
