package org.safeguard.notification;

import java.time.Instant;
import org.safeguard.sla.ClockKind;

/**
 * A deadline notification as its recipient sees it.
 *
 * @param threshold {@code WARNING_1} … or {@code BREACH}
 * @param readAt    when the recipient marked it read; null while unread
 */
public record Notification(
        long id,
        String caseReference,
        ClockKind clock,
        String threshold,
        Instant targetAt,
        Instant createdAt,
        Instant readAt) {

    public boolean breach() {
        return Threshold.BREACH.equals(threshold);
    }
}
