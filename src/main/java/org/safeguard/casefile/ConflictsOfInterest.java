package org.safeguard.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safeguard.admin.Accounts;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.internal.CaseAccessMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must not work on a case. A user whose nationality or unit matches one of the case's
 * subjects is excluded automatically (the scope condition does it); a manager may exclude named
 * users too. An excluded user may open break-glass access with a written reason; it lasts a
 * limited time and it, and every read under it, is flagged in the audit trail.
 */
@Service
public class ConflictsOfInterest {

    static final int MIN_REASON = 20;
    static final int MAX_REASON = 1000;

    private final CaseAccess access;
    private final CaseAccessMapper mapper;
    private final Accounts accounts;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration breakGlassDuration;
    private final ApplicationEventPublisher events;

    ConflictsOfInterest(
            CaseAccess access,
            CaseAccessMapper mapper,
            Accounts accounts,
            CurrentUser user,
            AuditTrail audit,
            Clock clock,
            @Value("${safeguard.break-glass.duration:PT4H}") Duration breakGlassDuration,
            ApplicationEventPublisher events) {
        this.access = access;
        this.mapper = mapper;
        this.accounts = accounts;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.breakGlassDuration = breakGlassDuration;
        this.events = events;
    }

    /** A manager excludes a named user from a case; it also takes them off the case team. */
    @Transactional
    public void exclude(String reference, String username, String reason) {
        long caseId = access.visibleCaseId(reference);
        if (!user.hasAnyRole(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers exclude users from a case");
        }
        String why = checkedReason(reason);
        if (accounts.find(username).isEmpty()) {
            throw new InvalidInputException(List.of(new Violation("username", "is not a Safeguard user")));
        }
        if (mapper.isExcluded(caseId, username)) {
            return;
        }
        mapper.exclude(caseId, username, why, user.username(), clock.instant());
        mapper.removeTeamMember(caseId, username);
        audit.record(new AuditEntry(AuditAction.USER_EXCLUDED_FROM_CASE, reference, username, null, why));
        events.publishEvent(new CaseScopeChanged(reference));
    }

    /**
     * Opens time-limited access to a case the caller is excluded from. The case must be in the
     * caller's role scope; break-glass overrides the conflict, not the role.
     *
     * @throws AccessDeniedException for roles that conflicts never apply to (focal points, owners)
     * @throws NotFoundException when the case is outside the caller's role scope
     * @throws InvalidInputException when the reason is too short or the caller has no conflict to overcome
     */
    @Transactional
    public BreakGlassAccess breakGlass(String reference, String reason) {
        CaseScope scope = access.scope();
        if (!scope.conflictsApply()) {
            throw new AccessDeniedException("Break-glass access is for staff excluded from a case");
        }
        Long caseId = mapper.findVisibleCaseId(reference, scope.withoutConflicts());
        if (caseId == null) {
            throw new NotFoundException("Case " + reference);
        }
        String why = checkedReason(reason);
        List<String> conflicts = mapper.conflicts(caseId, scope.username());
        if (conflicts.isEmpty()) {
            throw new InvalidInputException(List.of(new Violation(
                    "reference", "you are not excluded from this case; break-glass access is not needed")));
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(breakGlassDuration);
        mapper.insertBreakGlass(caseId, scope.username(), why, now, expiresAt);
        audit.record(new AuditEntry(
                AuditAction.BREAK_GLASS_OPENED,
                reference,
                scope.username(),
                String.join(",", conflicts) + " until " + expiresAt,
                why));
        return new BreakGlassAccess(reference, expiresAt);
    }

    private static String checkedReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            throw new InvalidInputException(List.of(new Violation(
                    "reason", "must explain why, in " + MIN_REASON + " to " + MAX_REASON + " characters")));
        }
        return why;
    }
}
