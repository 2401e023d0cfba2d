package org.safeguard.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.ClockState;
import org.safeguard.sla.SlaAttributes;
import org.safeguard.sla.SlaSettings;

/** A clock as the query returns it. */
public record ClockRow(
        String clockId,
        String kind,
        String caseReference,
        String entityCode,
        String memberState,
        String allegationType,
        String personnelCategory,
        Instant startedAt,
        Instant targetAt,
        Instant endedAt,
        String state,
        Instant pausedAt,
        String pauseReason,
        String assignee,
        String candidateGroup) {

    /** The clock with its at-risk threshold, at the same share of its span as the query used. */
    public CaseClock toClock(SlaSettings settings) {
        ClockKind clockKind = ClockKind.valueOf(kind);
        List<Instant> warnings = List.of();
        if (startedAt != null && targetAt != null && targetAt.isAfter(startedAt)) {
            Duration span = Duration.between(startedAt, targetAt);
            warnings = List.of(startedAt.plus(
                    span.multipliedBy(settings.atRiskPercent(clockKind)).dividedBy(100)));
        }
        return new CaseClock(
                clockId,
                clockKind,
                caseReference,
                entityCode,
                memberState,
                allegationType,
                personnelCategory,
                startedAt,
                targetAt,
                warnings,
                endedAt,
                ClockState.valueOf(state),
                pausedAt,
                pauseReason,
                assignee,
                candidateGroup);
    }

    /** What the policy looks at for this clock's unit and calendar. */
    public SlaAttributes attributes() {
        return new SlaAttributes(null, allegationType, personnelCategory, null, memberState, entityCode);
    }
}
