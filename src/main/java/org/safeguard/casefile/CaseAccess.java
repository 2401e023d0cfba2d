package org.safeguard.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.internal.CaseAccessMapper;
import org.safeguard.casefile.internal.RoleScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acting user's case scope and the check every path to one case goes through. Outside the
 * scope a case does not exist for the caller: the answer is "not found", never "forbidden".
 */
@Service
public class CaseAccess implements CaseVisibility {

    private final CaseAccessMapper mapper;
    private final CurrentUser user;
    private final Clock clock;

    CaseAccess(CaseAccessMapper mapper, CurrentUser user, Clock clock) {
        this.mapper = mapper;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public CaseScope scope() {
        return user.isSystem()
                ? CaseScope.system(clock.instant())
                : CaseScope.of(user.username(), user.roles(), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public void requireVisible(String caseReference) {
        if (!user.isSystem()) {
            visibleCaseId(caseReference);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void requireVisible(long caseId) {
        if (!user.isSystem() && !mapper.isVisibleById(caseId, scope())) {
            throw new NotFoundException("Case " + caseId);
        }
    }

    /** @throws NotFoundException when the case does not exist or is outside the caller's scope */
    @Transactional(readOnly = true)
    public long visibleCaseId(String caseReference) {
        Long id = mapper.findVisibleCaseId(caseReference, scope());
        if (id == null) {
            throw new NotFoundException("Case " + caseReference);
        }
        return id;
    }

    /**
     * Whether the user sees the case only because break-glass access is open on it. Asks first
     * for open access, which is rare and indexed, so an ordinary read costs one small query.
     */
    @Transactional(readOnly = true)
    public boolean underBreakGlass(long caseId, CaseScope scope) {
        return scope.conflictsApply()
                && mapper.activeBreakGlassUntil(caseId, scope.username(), scope.now()) != null
                && !mapper.conflicts(caseId, scope.username()).isEmpty();
    }

    /**
     * The users who see a case through one role, by the same rules as {@link #scope()}, those with
     * a conflict of interest left out: whom the engine lets see that role's tasks of the case.
     * Break-glass access is personal and brief and does not count here.
     */
    @Override
    @Transactional(readOnly = true)
    public List<String> usersWhoSee(String reference, Role role) {
        return usersWhoSee(reference, Set.of(role));
    }

    /**
     * The users who see a case through any of the roles, each role by its own scope, in one query:
     * the engine asks this for every instance and task it creates.
     */
    @Transactional(readOnly = true)
    public List<String> usersWhoSee(String reference, Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return mapper.usersWhoSee(
                reference,
                roles.stream()
                        .map(role -> new RoleScope(role, CaseScope.of(null, Set.of(role), now)))
                        .toList());
    }
}
