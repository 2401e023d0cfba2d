package org.safeguard.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.safeguard.base.InvalidInputException;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.Violation;
import org.safeguard.base.audit.AuditAction;
import org.safeguard.base.audit.AuditEntry;
import org.safeguard.base.audit.AuditTrail;
import org.safeguard.base.security.CaseScope;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.security.Role;
import org.safeguard.sla.internal.ClockQuery;
import org.safeguard.sla.internal.ClockRow;
import org.safeguard.sla.internal.EngineClockMover;
import org.safeguard.sla.internal.PauseRow;
import org.safeguard.sla.internal.SlaClockMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clocks of the cases the user may see, as data: read from the engine's tasks, timers and
 * history and from the investigation files, with their state at this instant. Managers pause a
 * clock with a reason and resume it; the target then moves by the paused time (in working days for
 * a clock in working days) in the engine itself. Pauses and resumptions are audited.
 */
@Service
public class SlaClocks {

    static final int MAX_REASON = 1000;
    private static final Pattern CLOCK_ID = Pattern.compile("[TJI]-[A-Za-z0-9-]{1,64}");
    private static final List<Role> READERS =
            List.of(Role.MANAGER, Role.AUDITOR, Role.ADMIN, Role.INTAKE, Role.INVESTIGATOR, Role.VRA);

    private final SlaClockMapper mapper;
    private final ClockBindings bindings;
    private final SlaSettings settings;
    private final SlaPolicy policy;
    private final EngineClockMover engine;
    private final CaseVisibility cases;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final SlaClockProjection projection;

    SlaClocks(
            SlaClockMapper mapper,
            ClockBindings bindings,
            SlaSettings settings,
            SlaPolicy policy,
            EngineClockMover engine,
            CaseVisibility cases,
            CurrentUser user,
            AuditTrail audit,
            Clock clock,
            SlaClockProjection projection) {
        this.projection = projection;
        this.mapper = mapper;
        this.bindings = bindings;
        this.settings = settings;
        this.policy = policy;
        this.engine = engine;
        this.cases = cases;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of clocks, soonest target first. Focal points and process owners may not list clocks. */
    @Transactional(readOnly = true)
    public List<CaseClock> query(SlaClockFilter filter, int offset, int limit) {
        requireReader();
        return mapper.page(scope(), query(filter), offset, limit).stream()
                .map(row -> row.toClock(settings))
                .toList();
    }

    /** How many clocks {@link #query} pages through. */
    @Transactional(readOnly = true)
    public long count(SlaClockFilter filter) {
        requireReader();
        return mapper.count(scope(), query(filter));
    }

    /** @throws NotFoundException when there is no such clock in a case the user may see */
    @Transactional(readOnly = true)
    public CaseClock clock(String clockId) {
        requireReader();
        return find(clockId).toClock(settings);
    }

    /**
     * Stops a running clock, e.g. "awaiting the Member State" or "victim unreachable".
     *
     * @throws InvalidInputException       when the reason is missing or longer than 1000 characters
     * @throws ClockStateConflictException when the clock is paused already or has ended
     */
    @Transactional
    public CaseClock pause(String clockId, String reason) {
        requireManager();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidInputException(List.of(new Violation(
                    "reason", why.isEmpty() ? "is required" : "must be at most " + MAX_REASON + " characters")));
        }
        ClockRow row = find(clockId);
        if (ClockState.PAUSED.name().equals(row.state())) {
            throw new ClockStateConflictException("Clock " + clockId + " is paused already");
        }
        requireOpen(row);
        Instant now = clock.instant();
        mapper.insertPause(new PauseRow(
                null,
                row.clockId(),
                row.kind(),
                row.caseReference(),
                now,
                user.username(),
                why,
                row.targetAt(),
                null,
                null,
                null));
        engine.stop(row);
        projection.refresh(List.of(row.caseReference()));
        audit.record(new AuditEntry(AuditAction.SLA_CLOCK_PAUSED, row.caseReference(), row.clockId(), row.kind(), why));
        return clock(clockId);
    }

    /**
     * Starts a paused clock again; its target moves by the time it stood still.
     *
     * @throws ClockStateConflictException when the clock is not paused
     */
    @Transactional
    public CaseClock resume(String clockId) {
        requireManager();
        ClockRow row = find(clockId);
        PauseRow pause = mapper.openPause(row.clockId());
        if (pause == null || !ClockState.PAUSED.name().equals(row.state())) {
            throw new ClockStateConflictException("Clock " + clockId + " is not paused");
        }
        Instant now = clock.instant();
        SlaClock policyClock = ClockKind.valueOf(row.kind()).policyClock();
        SlaAttributes attributes = row.attributes();
        Instant target = row.targetAt() == null
                ? null
                : policy.movedTarget(policyClock, attributes, row.targetAt(), pause.pausedAt(), now);
        engine.move(row, instant -> policy.movedTarget(policyClock, attributes, instant, pause.pausedAt(), now));
        mapper.resume(pause.id(), now, user.username(), target);
        projection.refresh(List.of(row.caseReference()));
        audit.record(AuditEntry.of(
                AuditAction.SLA_CLOCK_RESUMED,
                row.caseReference(),
                row.clockId(),
                row.kind() + ": " + row.targetAt() + "->" + target));
        return clock(clockId);
    }

    private ClockRow find(String clockId) {
        ClockRow row = clockId == null || !CLOCK_ID.matcher(clockId).matches()
                ? null
                : mapper.find(scope(), query(SlaClockFilter.NONE).only(clockId), clockId);
        if (row == null) {
            throw new NotFoundException("SLA clock " + clockId);
        }
        return row;
    }

    private static void requireOpen(ClockRow row) {
        if (row.endedAt() != null) {
            throw new ClockStateConflictException("Clock " + row.clockId() + " has ended");
        }
    }

    private ClockQuery query(SlaClockFilter filter) {
        return ClockQuery.of(filter == null ? SlaClockFilter.NONE : filter, clock.instant(), bindings, settings);
    }

    /**
     * The user's case scope for the clock queries. A user who can have no conflict of interest (no
     * exclusion from any case, no nationality, no unit on the account) has the conflicts set aside:
     * the condition would hide nothing, and without it a scope that sees every case (managers,
     * auditors) needs no per-case check, so the dashboard reads only {@code sla_clock}.
     */
    CaseScope scope() {
        CaseScope scope = cases.scope();
        return scope.conflictsApply() && mapper.conflictFree(scope.username()) ? scope.withoutConflicts() : scope;
    }

    void requireReader() {
        if (!user.isSystem() && !user.hasAnyRole(READERS.toArray(Role[]::new))) {
            throw new AccessDeniedException("This role does not read SLA clocks");
        }
    }

    private void requireManager() {
        if (!user.hasAnyRole(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers pause and resume SLA clocks");
        }
    }
}
