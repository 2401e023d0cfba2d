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
    private static final String ADDED = AuditAction.CASE_TEAM_MEMBER_ADDED.name();
    private static final String REMOVED = AuditAction.CASE_TEAM_MEMBER_REMOVED.name();
    /** Why an addition was refused (English, as the API gives it). */
    public static final String NOT_AN_INVESTIGATOR = "is not an investigator";

    public static final String CONFLICT_OF_INTEREST = "has a conflict of interest with this case";

    private final CaseAccess access;
    private final CaseAccessMapper mapper;
    private final Accounts accounts;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseTeams(
            CaseAccess access,
            CaseAccessMapper mapper,
            Accounts accounts,
            CurrentUser user,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
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

    /** The team with their names, in the order they joined. */
    @Transactional(readOnly = true)
    public List<Colleague> team(String reference) {
        return mapper.teamMembers(access.visibleCaseId(reference));
    }

    /**
     * Whom the user may add: investigators with an active account, not yet on the team and with no
     * conflict of interest with the case (exclusion, nationality, unit), by name.
     */
    @Transactional(readOnly = true)
    public List<Colleague> candidates(String reference) {
        return mapper.teamCandidates(manageableCaseId(reference));
    }

    /** Who joined and left the team, when and by whom, newest first: the team's entries of the audit trail. */
    @Transactional(readOnly = true)
    public List<TeamChange> changes(String reference) {
        return audit.ofCase(reference).stream()
                .filter(event -> ADDED.equals(event.action()) || REMOVED.equals(event.action()))
                .map(event ->
                        new TeamChange(event.occurredAt(), event.actor(), ADDED.equals(event.action()), event.target()))
                .toList();
    }

    /** Whether the user's scope is a Member State's nationals only: a focal point's. */
    public boolean nationalsOnly() {
        return access.scope().nationalsOnly();
    }

    /** Whether the user may change case teams: intake officers (of the cases they see) and managers. */
    public boolean mayManage() {
        return user.isSystem() || user.hasAnyRole(Role.INTAKE, Role.MANAGER);
    }

    /**
     * Whether someone may investigate the case: an investigator on its team who sees it, conflicts of
     * interest left out. Asked for the engine as for any user, whatever they may see themselves.
     */
    @Transactional(readOnly = true)
    public boolean hasInvestigatorWhoSees(String reference) {
        return !access.usersWhoSee(reference, Role.INVESTIGATOR).isEmpty();
    }

    /**
     * Adds an investigator; adding one already on the team changes nothing.
     *
     * @throws InvalidInputException when the user is no investigator or has a conflict of interest with the case
     */
    @Transactional
    public void add(String reference, String username) {
        long caseId = manageableCaseId(reference);
        Account member = accounts.find(username)
                .filter(account -> account.roles().contains(Role.INVESTIGATOR))
                .orElseThrow(() -> invalid(NOT_AN_INVESTIGATOR));
        if (mapper.team(caseId).contains(member.username())) {
            return;
        }
        if (!mapper.conflicts(caseId, member.username()).isEmpty()) {
            throw invalid(CONFLICT_OF_INTEREST);
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
        if (!mayManage()) {
            throw new AccessDeniedException("Only intake officers and managers manage case teams");
        }
        return caseId;
    }

    private static InvalidInputException invalid(String reason) {
        return new InvalidInputException(List.of(new Violation(USERNAME, reason)));
    }
}
