package org.safeguard.base.audit;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguard.base.audit.internal.AuditEventMapper;
import org.safeguard.base.audit.internal.AuditEventRow;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail: who did what, when, from where, on which case. Entries are written
 * in the caller's transaction, so they commit with the change they describe or not at all; there
 * is no way to change or remove one.
 */
@Service
public class AuditTrail {

    /** More than a case gathers in practice; the case file shows its newest entries up to this. */
    public static final int CASE_LIMIT = 1000;

    private final AuditEventMapper events;
    private final CurrentUser user;
    private final CaseVisibility cases;
    private final Clock clock;

    AuditTrail(AuditEventMapper events, CurrentUser user, CaseVisibility cases, Clock clock) {
        this.events = events;
        this.user = user;
        this.cases = cases;
        this.clock = clock;
    }

    /** Writes the entry as the signed-in user (or {@code system}), with the request's address if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        String roles = user.roles().stream().map(Role::name).collect(Collectors.joining(","));
        events.insert(new AuditEventRow(
                clock.instant(),
                user.username(),
                roles,
                entry.action().name(),
                entry.caseReference(),
                entry.target(),
                entry.detail(),
                entry.reason(),
                remoteAddress()));
    }

    /**
     * Safeguard's entries and the engine's user operations together, newest first.
     *
     * @throws AccessDeniedException unless the user is an auditor or an administrator
     * @throws org.safeguard.base.InvalidInputException for a bad period or page
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> browse(AuditQuery filter, int offset, int limit) {
        if (!user.hasAnyRole(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only auditors and administrators read the audit trail");
        }
        filter.check(offset, limit);
        return events.browse(filter, offset, limit);
    }

    /**
     * One case's entries, newest first, for anyone who may see the case; a focal point, whose scope
     * is their nationals' subject groups only, gets none, since the entries speak of the whole case.
     *
     * @throws org.safeguard.base.NotFoundException when the case does not exist or is out of scope
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> ofCase(String caseReference) {
        cases.requireVisible(caseReference);
        if (cases.scope().nationalsOnly()) {
            return List.of();
        }
        return events.browse(new AuditQuery(null, null, caseReference, null), 0, CASE_LIMIT);
    }

    // The servlet container's view of the client; behind a proxy, server.forward-headers-strategy
    // makes it the client's rather than the proxy's.
    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr()
                : null;
    }
}
