package org.safeguard.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.safeguard.base.security.CaseScope;
import org.safeguard.sla.internal.ClockQuery;
import org.safeguard.sla.internal.SlaClockMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gauges for operations teams at {@code /actuator/prometheus}: {@code safeguard_sla_open_breaches}
 * (tags {@code clock}, {@code entity}: open clocks past their target) and
 * {@code safeguard_notes_verbales_pending} (tag {@code state}: {@code to_send}, engagements whose
 * note verbale is still to be sent; {@code reply_overdue}, Member States whose reply is overdue).
 * The same queries as the dashboard, over every case, recomputed every
 * {@code safeguard.sla.metrics-refresh} (30 s) rather than at every scrape. A combination without
 * an open breach has no series (read it as zero).
 */
@Component
class SlaMetrics implements MeterBinder, DisposableBean {

    static final String OPEN_BREACHES = "safeguard.sla.open.breaches";
    static final String NOTES_VERBALES_PENDING = "safeguard.notes.verbales.pending";

    private static final Logger log = LoggerFactory.getLogger(SlaMetrics.class);

    private final SlaClockMapper mapper;
    private final ClockBindings bindings;
    private final SlaSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sla-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private volatile MultiGauge openBreaches;
    private volatile MultiGauge notesVerbales;

    SlaMetrics(SlaClockMapper mapper, ClockBindings bindings, SlaSettings settings, Clock clock) {
        this.mapper = mapper;
        this.bindings = bindings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        openBreaches = MultiGauge.builder(OPEN_BREACHES)
                .description("Open SLA clocks past their target, by clock and entity")
                .register(registry);
        notesVerbales = MultiGauge.builder(NOTES_VERBALES_PENDING)
                .description("Notes verbales still to send, and Member State replies overdue")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long period = settings.metricsRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, period, TimeUnit.MILLISECONDS);
    }

    /** Recomputes every gauge now. */
    @Transactional(readOnly = true)
    public void refresh() {
        CaseScope everything = CaseScope.system(clock.instant());
        ClockQuery open = ClockQuery.of(SlaClockFilter.NONE, clock.instant(), bindings, settings)
                .onlyOpen();
        openBreaches.register(
                mapper.openBreachesByKindAndEntity(everything, open).stream()
                        .map(count -> MultiGauge.Row.of(
                                Tags.of("clock", count.kind(), "entity", String.valueOf(count.entityCode())),
                                count.breaches()))
                        .toList(),
                true);
        long toSend = mapper.count(
                everything,
                ClockQuery.of(SlaClockFilter.of(null, ClockKind.NOTE_VERBALE), clock.instant(), bindings, settings)
                        .onlyOpen());
        long replyOverdue = mapper.count(
                everything,
                ClockQuery.of(
                                SlaClockFilter.of(ClockState.BREACHED, ClockKind.MEMBER_STATE_REPLY),
                                clock.instant(),
                                bindings,
                                settings)
                        .onlyOpen());
        notesVerbales.register(
                List.of(
                        MultiGauge.Row.of(Tags.of("state", "to_send"), toSend),
                        MultiGauge.Row.of(Tags.of("state", "reply_overdue"), replyOverdue)),
                true);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The next round tries again; a failing metric must not stop the refresher.
            log.warn("SLA metrics could not be refreshed", e);
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
