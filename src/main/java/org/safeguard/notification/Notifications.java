package org.safeguard.notification;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.CurrentUser;
import org.safeguard.base.ui.NotificationInbox;
import org.safeguard.notification.internal.NotificationMapper;
import org.safeguard.notification.internal.NotificationRow;
import org.safeguard.sla.ClockKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own deadline notifications: listed newest first, marked read one by one. */
@Service
public class Notifications implements NotificationInbox {

    private final NotificationMapper mapper;
    private final CurrentUser user;
    private final Clock clock;

    Notifications(NotificationMapper mapper, CurrentUser user, Clock clock) {
        this.mapper = mapper;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        return mapper.page(user.username(), offset, limit).stream()
                .map(Notifications::notification)
                .toList();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return mapper.count(user.username());
    }

    @Override
    @Transactional(readOnly = true)
    public long unread() {
        return mapper.countUnread(user.username());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> latest(int limit) {
        return mine(0, limit).stream()
                .map(n -> new Item(
                        n.id(),
                        n.caseReference(),
                        "enum.ClockKind." + n.clock().name(),
                        n.breach(),
                        n.targetAt(),
                        n.readAt() != null))
                .toList();
    }

    /** Marking a read notification again changes nothing. */
    @Override
    @Transactional
    public void markRead(long id) {
        if (!mapper.isOwn(id, user.username())) {
            throw new NotFoundException("Notification " + id);
        }
        mapper.markRead(id, user.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private static Notification notification(NotificationRow row) {
        return new Notification(
                row.getId(),
                row.getCaseReference(),
                ClockKind.valueOf(row.getClockKind()),
                row.getThreshold(),
                row.getTargetAt(),
                row.getCreatedAt(),
                row.getReadAt());
    }
}
