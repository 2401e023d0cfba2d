package org.safeguard.sla;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.safeguard.base.security.CaseScope;
import org.safeguard.sla.internal.ClockQuery;
import org.safeguard.sla.internal.SlaClockMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clocks kept as rows of their own ({@code sla_clock}), which every query of
 * {@link SlaClocks} and {@link SlaFigures} reads. The rows are what the derivation from the engine's
 * tasks, timers and history, the investigation files and the pauses gives; a case's rows are derived
 * again, in the same transaction, whenever the engine writes history for one of its process
 * instances (a task or timer created, completed or deleted, a service task changing the
 * investigation file) and when a clock is paused or resumed. The time-dependent states (running, at
 * risk, breached) are computed from the rows' timestamps when they are read, so no job flips them.
 * A full rebuild runs at start when the table was filled by another derivation or never, and on
 * demand (after loading engine data behind the engine's back, as the benchmark does).
 */
@Service
public class SlaClockProjection {

    /** Change when the derivation or the table changes: the next start rebuilds the table. */
    static final String DERIVATION = "1";

    private static final int CHUNK = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SlaClockProjection.class);

    private final SlaClockMapper mapper;
    private final ClockBindings bindings;
    private final SlaSettings settings;
    private final Clock clock;

    SlaClockProjection(SlaClockMapper mapper, ClockBindings bindings, SlaSettings settings, Clock clock) {
        this.mapper = mapper;
        this.bindings = bindings;
        this.settings = settings;
        this.clock = clock;
    }

    /** Derives the clocks of these cases again, in the caller's transaction. */
    @Transactional
    public void refresh(Collection<String> caseReferences) {
        List<String> cases =
                caseReferences.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < cases.size(); from += CHUNK) {
            List<String> chunk = cases.subList(from, Math.min(cases.size(), from + CHUNK));
            mapper.forget(chunk);
            mapper.project(CaseScope.system(clock.instant()), everyClock(), chunk);
        }
    }

    /**
     * Derives the clocks of these cases again, and of the cases of these process instances, whose
     * business keys are looked up first; then sets the clocks of these open tasks, whose cases
     * changed in nothing else, to their tasks' assignee and due date, as deriving would.
     */
    @Transactional
    public void refresh(
            Collection<String> caseReferences,
            Collection<String> processInstanceIds,
            Collection<String> changedTaskIds) {
        List<String> ids = List.copyOf(processInstanceIds);
        List<String> cases = new ArrayList<>(caseReferences);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            cases.addAll(mapper.casesOfProcessInstances(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        refresh(cases);
        changedTaskIds.forEach(mapper::followTask);
    }

    /** Derives every clock again; returns how many there are. */
    @Transactional
    public long rebuild() {
        long started = System.nanoTime();
        mapper.forget(null);
        long clocks = mapper.project(CaseScope.system(clock.instant()), everyClock(), null);
        mapper.forgetProjectionVersion();
        mapper.recordProjectionVersion(version(), clock.instant());
        LOG.info("SLA clocks rebuilt: {} clocks in {} ms", clocks, (System.nanoTime() - started) / 1_000_000);
        return clocks;
    }

    /** Rebuilds unless the table was filled by this derivation; returns whether it did. */
    @Transactional
    public boolean rebuildIfOutOfDate() {
        if (version().equals(mapper.projectionVersion())) {
            return false;
        }
        rebuild();
        return true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        rebuildIfOutOfDate();
    }

    /** The derivation and the models' clock bindings it followed. */
    String version() {
        return DERIVATION + "-" + Integer.toHexString(bindings.toString().hashCode());
    }

    private ClockQuery everyClock() {
        return ClockQuery.of(SlaClockFilter.NONE, clock.instant(), bindings, settings);
    }
}
