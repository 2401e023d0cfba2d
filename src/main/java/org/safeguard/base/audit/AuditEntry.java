package org.safeguard.base.audit;

import java.util.Objects;

/**
 * One thing to write to the trail. Who, with which roles, when and from where are added by
 * {@link AuditTrail}; the caller says what happened.
 *
 * @param caseReference the case concerned, or {@code null}
 * @param target        what was acted on within it: a task id, a victim id; or {@code null}
 * @param detail        codes and ids only: never a victim's identity or narrative text
 * @param reason        the reason the user gave when the UI asked for one, or {@code null}
 */
public record AuditEntry(AuditAction action, String caseReference, String target, String detail, String reason) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry of(AuditAction action, String caseReference, String target, String detail) {
        return new AuditEntry(action, caseReference, target, detail, null);
    }
}
