package org.safeguard.sla.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.safeguard.sla.ClockBinding;
import org.safeguard.sla.ClockBindings;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaSettings;

/**
 * The parameters of one clock query. {@code now} is fixed once per request, so the states filtered
 * on and the states shown agree. Clocks that ended are read only when the query may match them,
 * and only those that ended from {@code endedFrom} on: the history is by far the larger part.
 *
 * @param openOnly  only running, at-risk, paused and open breached clocks
 * @param endedFrom ended clocks before this instant are left out; null for all
 */
public record ClockQuery(
        SlaClockFilter filter,
        Instant now,
        boolean openOnly,
        Instant endedFrom,
        String clockId,
        ClockBindings bindings,
        SlaSettings settings) {

    public static ClockQuery of(SlaClockFilter filter, Instant now, ClockBindings bindings, SlaSettings settings) {
        boolean openOnly =
                filter.openOnly() || filter.state() != null && filter.state().open();
        return new ClockQuery(filter, now, openOnly, null, null, bindings, settings);
    }

    public ClockQuery onlyOpen() {
        return new ClockQuery(filter, now, true, endedFrom, clockId, bindings, settings);
    }

    public ClockQuery endedFrom(Instant from) {
        return new ClockQuery(filter, now, openOnly, from, clockId, bindings, settings);
    }

    /** Only the clock {@code id} ({@code T-…}, {@code J-…}, {@code I-…}). */
    public ClockQuery only(String id) {
        return new ClockQuery(filter, now, openOnly, endedFrom, id, bindings, settings);
    }

    /** Whether clocks carried by {@code prefix} ({@code T}, {@code J}, {@code I}) can match the id asked for. */
    public boolean carries(String prefix) {
        return clockId == null || clockId.startsWith(prefix + "-");
    }

    /** The engine's (or the investigation's) id inside the clock id asked for. */
    public String engineId() {
        return clockId == null ? null : clockId.substring(2);
    }

    public List<ClockBinding> tasks() {
        return carries("T") ? wanted(ClockBinding.Carrier.TASK) : List.of();
    }

    public List<ClockBinding> timers() {
        return carries("J") ? wanted(ClockBinding.Carrier.TIMER) : List.of();
    }

    /** Timers whose clock stays open after firing, while the scope they watch lasts. */
    public List<ClockBinding> openAfterFiring() {
        return timers().stream().filter(ClockBinding::openAfterFiring).toList();
    }

    public boolean investigations() {
        return carries("I") && !wanted(ClockBinding.Carrier.INVESTIGATION).isEmpty();
    }

    /** The investigation id asked for, or null; a malformed id matches nothing. */
    public Long investigationId() {
        if (clockId == null) {
            return null;
        }
        try {
            return Long.valueOf(engineId());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** Whether ended clocks can match at all. */
    public boolean ended() {
        return !openOnly && (filter.state() == null || !filter.state().open());
    }

    public String state() {
        return filter.state() == null ? null : filter.state().name();
    }

    public String kind() {
        return filter.kind() == null ? null : filter.kind().name();
    }

    /** The at-risk share of each clock's span, for the SQL {@code CASE}. */
    public List<KindPercent> riskPercents() {
        return Arrays.stream(ClockKind.values())
                .map(kind -> new KindPercent(kind.name(), settings.atRiskPercent(kind)))
                .toList();
    }

    public String memberStateVariable() {
        return bindings.memberStateVariable();
    }

    public String personnelCategoryVariable() {
        return bindings.personnelCategoryVariable();
    }

    private List<ClockBinding> wanted(ClockBinding.Carrier carrier) {
        return bindings.of(carrier).stream()
                .filter(binding -> filter.kind() == null || binding.kind() == filter.kind())
                .toList();
    }

    public record KindPercent(String kind, int percent) {}
}
