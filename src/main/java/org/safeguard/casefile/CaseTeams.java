package org.safeguard.casefile;

import java.time.Clock;
import java.util.List;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.internal.CaseAccessMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigators assigned to a case: the only investigators who see it and its tasks.
 * Intake officers and managers manage the team; each change is in the audit trail.
 */
@Service
public class CaseTeams {

    static final String USERNAME = "username";

    private final CaseAccess access;
    private final CaseAccessMapper mapper;
    private final Accounts accounts;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseTeams(CaseAccess access, CaseAccessMapper mapper, Accounts accounts, CurrentUser user, AuditTrail audit,
              Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.mapper = mapper;
        this.accounts = accounts;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<String> members(String reference) {
        return mapper.team(access.visibleCaseId(reference));
    }

    /**
     * Adds an investigator; adding one already on the team changes nothing.
     *
     * @throws InvalidInputException when the user is no investigator or has a conflict of interest with the case
     */
    @Transactional
    public void add(String reference, String username) {
        long caseId = manageableCaseId(reference);
        Account member = accounts.find(username).filter(account -> account.roles().contains(Role.INVESTIGATOR))
                .orElseThrow(() -> invalid("is not an investigator"));
        if (mapper.team(caseId).contains(member.username())) {
            return;
        }
        if (!mapper.conflicts(caseId, member.username()).isEmpty()) {
            throw invalid("has a conflict of interest with this case");
        }
        mapper.addTeamMember(caseId, member.username(), user.username(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.CASE_TEAM_MEMBER_ADDED, reference, member.username(), null));
        events.publishEvent(new CaseScopeChanged(reference));
    }

    @Transactional
    public void remove(String reference, String username) {
        long caseId = manageableCaseId(reference);
        if (mapper.removeTeamMember(caseId, username) > 0) {
            audit.record(AuditEntry.of(AuditAction.CASE_TEAM_MEMBER_REMOVED, reference, username, null));
            events.publishEvent(new CaseScopeChanged(reference));
        }
    }

    private long manageableCaseId(String reference) {
        long caseId = access.visibleCaseId(reference);
        if (!user.isSystem() && !user.hasAnyRole(Role.INTAKE, Role.MANAGER)) {
            throw new AccessDeniedException("Only intake officers and managers manage case teams");
        }
        return caseId;
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException(List.of(new Violation(USERNAME, reason)));
    }
}
