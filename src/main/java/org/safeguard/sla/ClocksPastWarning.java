package org.safeguard.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.safeguard.base.security.CaseScope;
import org.safeguard.sla.internal.ClockQuery;
import org.safeguard.sla.internal.SlaClockMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open clocks of every case that have passed a warning threshold (at risk) or their target
 * (breached), for Safeguard's own work such as deadline notifications: no user scope applies.
 */
@Service
public class ClocksPastWarning {

    private final SlaClockMapper mapper;
    private final ClockBindings bindings;
    private final SlaSettings settings;
    private final Clock clock;

    ClocksPastWarning(SlaClockMapper mapper, ClockBindings bindings, SlaSettings settings, Clock clock) {
        this.mapper = mapper;
        this.bindings = bindings;
        this.settings = settings;
        this.clock = clock;
    }

    /** A page of the open clocks in {@code state} (AT_RISK or BREACHED) now, soonest target first. */
    @Transactional(readOnly = true)
    public List<CaseClock> page(ClockState state, int offset, int limit) {
        if (state != ClockState.AT_RISK && state != ClockState.BREACHED) {
            throw new IllegalArgumentException("Only at-risk and breached clocks are past a warning: " + state);
        }
        Instant now = clock.instant();
        ClockQuery query = ClockQuery.of(SlaClockFilter.of(state, null), now, bindings, settings)
                .onlyOpen();
        return mapper.page(CaseScope.system(now), query, offset, limit).stream()
                .map(row -> row.toClock(settings))
                .toList();
    }
}
