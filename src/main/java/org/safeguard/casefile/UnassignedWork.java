package org.safeguard.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safeguard.base.processes.SeaCaseProcess;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.casefile.internal.ReasonCount;
import org.safeguard.casefile.internal.RoleReach;
import org.safeguard.casefile.internal.StrandedTaskMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work no one will do unless a manager acts: cases waiting for their investigation team, open tasks
 * no one can see or claim (no assignee and no user of the task's groups who sees its case, or an
 * assignee who no longer sees it), and tasks no one has claimed for longer than
 * {@link UnassignedWorkSettings#unclaimedAfter()}. Managers only,
 * in their own case scope (a case they are excluded from stays hidden).
 */
@Service
public class UnassignedWork {

    private final StrandedTaskMapper mapper;
    private final CaseAccess access;
    private final CurrentUser user;
    private final Clock clock;
    private final UnassignedWorkSettings settings;

    UnassignedWork(
            StrandedTaskMapper mapper,
            CaseAccess access,
            CurrentUser user,
            Clock clock,
            UnassignedWorkSettings settings) {
        this.mapper = mapper;
        this.access = access;
        this.user = user;
        this.clock = clock;
        this.settings = settings;
    }

    /** Whether the user may see the list: managers. */
    public boolean mayView() {
        return user.hasAnyRole(Role.MANAGER);
    }

    /** Unreachable tasks first, then the longest unclaimed; at most {@link UnassignedWorkSettings#listLimit()}. */
    @Transactional(readOnly = true)
    public List<StrandedTask> tasks() {
        requireManager();
        Instant now = clock.instant();
        return mapper.stranded(
                access.scope(),
                RoleReach.all(now),
                SeaCaseProcess.Element.user_assign_investigation_team.id(),
                now.minus(settings.unclaimedAfter()),
                settings.listLimit());
    }

    /** How many tasks the list holds, by reason (every reason present, zero when none). */
    @Transactional(readOnly = true)
    public Map<StrandedReason, Long> count() {
        requireManager();
        Instant now = clock.instant();
        Map<StrandedReason, Long> counts = new EnumMap<>(StrandedReason.class);
        for (StrandedReason reason : StrandedReason.values()) {
            counts.put(reason, 0L);
        }
        for (ReasonCount row : mapper.count(
                access.scope(),
                RoleReach.all(now),
                SeaCaseProcess.Element.user_assign_investigation_team.id(),
                now.minus(settings.unclaimedAfter()))) {
            counts.put(row.reason(), row.tasks());
        }
        return counts;
    }

    /** How many tasks no one can work, or cases no one can investigate, until a manager acts. */
    @Transactional(readOnly = true)
    public long unreachable() {
        return count().entrySet().stream()
                .filter(entry -> entry.getKey().unreachable())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public UnassignedWorkSettings settings() {
        return settings;
    }

    private void requireManager() {
        if (!mayView()) {
            throw new AccessDeniedException("Only managers see unassigned and unreachable work");
        }
    }
}
