package org.safeguard.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguard.base.security.CaseVisibility;
import org.safeguard.base.security.Role;
import org.safeguard.notification.internal.NotificationWriter;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockBinding;
import org.safeguard.sla.ClockBindings;
import org.safeguard.sla.ClockState;
import org.safeguard.sla.ClocksPastWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Tells people when a clock crosses a threshold: at each warning and at its target the clock's
 * owner, and at its target also the managers who see the case. The owner is the task's assignee;
 * a clock nobody is assigned to is owned by the members of its candidate group (for a timer, the
 * group its binding names) who see the case by the task list's rules (entity, team), conflicted
 * users left out. A scan of the open clocks at the application's
 * clock finds each clock's last crossed threshold; {@link NotificationWriter} writes each
 * (clock, threshold, recipient) once, with its mail, so scans may repeat, overlap or restart.
 */
@Service
public class SlaNotifications {

    static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(SlaNotifications.class);

    private final ClocksPastWarning clocks;
    private final ClockBindings bindings;
    private final CaseVisibility cases;
    private final NotificationWriter writer;
    private final NotificationSettings settings;
    private final Clock clock;

    SlaNotifications(
            ClocksPastWarning clocks,
            ClockBindings bindings,
            CaseVisibility cases,
            NotificationWriter writer,
            NotificationSettings settings,
            Clock clock) {
        this.clocks = clocks;
        this.bindings = bindings;
        this.cases = cases;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${safeguard.notifications.scan-interval:5m}",
            initialDelayString = "${safeguard.notifications.scan-interval:5m}")
    void onSchedule() {
        if (settings.scanEnabled()) {
            scan();
        }
    }

    /** Notifies every threshold crossed by now that was not notified yet; answers how many notifications it wrote. */
    public int scan() {
        Instant now = clock.instant();
        int written = 0;
        for (ClockState state : List.of(ClockState.AT_RISK, ClockState.BREACHED)) {
            List<CaseClock> page;
            int offset = 0;
            do {
                page = clocks.page(state, offset, PAGE);
                for (CaseClock caseClock : page) {
                    written += notify(caseClock, now);
                }
                offset += PAGE;
            } while (page.size() == PAGE);
        }
        return written;
    }

    private int notify(CaseClock caseClock, Instant now) {
        Threshold threshold = Threshold.lastCrossed(caseClock, now).orElse(null);
        if (threshold == null) {
            return 0;
        }
        int written = 0;
        for (String recipient : recipients(caseClock, threshold)) {
            try {
                written += writer.notifyOnce(caseClock, threshold, recipient) ? 1 : 0;
            } catch (DuplicateKeyException concurrentScan) {
                log.debug("Notification {} {} {} written by another scan", caseClock.id(), threshold.code(), recipient);
            }
        }
        return written;
    }

    private Set<String> recipients(CaseClock caseClock, Threshold threshold) {
        Set<String> recipients = new LinkedHashSet<>();
        if (caseClock.assignee() != null) {
            recipients.add(caseClock.assignee());
        } else {
            ownerGroup(caseClock)
                    .ifPresent(role -> recipients.addAll(cases.usersWhoSee(caseClock.caseReference(), role)));
        }
        if (threshold.breach()) {
            recipients.addAll(cases.usersWhoSee(caseClock.caseReference(), Role.MANAGER));
        }
        return recipients;
    }

    /** The task's candidate group, else the group the clock's binding names; none for groups that are no role. */
    private Optional<Role> ownerGroup(CaseClock caseClock) {
        String group = caseClock.candidateGroup() != null
                ? caseClock.candidateGroup()
                : bindings.of(caseClock.kind()).map(ClockBinding::ownerGroup).orElse(null);
        return group == null ? Optional.empty() : Role.ofEngineGroup(group);
    }
}
