package org.safeguard.victim.internal;

import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.victim.VictimIdentityRead;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every read of a victim's identity leaves one entry in the audit trail, in the reading transaction. */
@Component
class VictimIdentityReadAudit {

    private final AuditTrail audit;

    VictimIdentityReadAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(VictimIdentityRead read) {
        audit.record(AuditEntry.of(AuditAction.VICTIM_IDENTITY_READ, null, "victim:" + read.victimId(), null));
    }
}
