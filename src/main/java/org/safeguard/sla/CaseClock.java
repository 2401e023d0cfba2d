package org.safeguard.sla;

import java.time.Instant;
import java.util.List;

/**
 * One clock of one case, as the engine and Safeguard's tables hold it now.
 *
 * @param id             {@code T-<task id>} (a user task's due date), {@code J-<job id>} (a timer)
 *                       or {@code I-<investigation id>} (an investigation's target)
 * @param memberState    the Member State concerned (ISO alpha-2), or null
 * @param targetAt       the target, moved by every resumed pause; null when the engine has none
 * @param warnings       the at-risk threshold(s) before the target, oldest first
 * @param endedAt        when the clock stopped (task completed, timer fired or cancelled, investigation closed)
 * @param pausedAt       when the open pause began, for a paused clock
 * @param pauseReason    the manager's reason, for a paused clock
 * @param assignee       the user working the task, if any
 * @param candidateGroup the group the task is offered to, if any
 */
public record CaseClock(
        String id,
        ClockKind kind,
        String caseReference,
        String entity,
        String memberState,
        String allegationType,
        String personnelCategory,
        Instant startedAt,
        Instant targetAt,
        List<Instant> warnings,
        Instant endedAt,
        ClockState state,
        Instant pausedAt,
        String pauseReason,
        String assignee,
        String candidateGroup) {

    public CaseClock {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
