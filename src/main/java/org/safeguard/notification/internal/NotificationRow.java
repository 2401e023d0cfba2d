package org.safeguard.notification.internal;

import java.time.Instant;

/** A row of {@code sla_notification}; {@code id} is set by the insert. */
public class NotificationRow {

    private Long id;
    private final String clockId;
    private final String threshold;
    private final String recipient;
    private final String caseReference;
    private final String clockKind;
    private final Instant targetAt;
    private Long mailId;
    private final Instant createdAt;
    private final Instant readAt;

    public NotificationRow(
            Long id,
            String clockId,
            String threshold,
            String recipient,
            String caseReference,
            String clockKind,
            Instant targetAt,
            Long mailId,
            Instant createdAt,
            Instant readAt) {
        this.id = id;
        this.clockId = clockId;
        this.threshold = threshold;
        this.recipient = recipient;
        this.caseReference = caseReference;
        this.clockKind = clockKind;
        this.targetAt = targetAt;
        this.mailId = mailId;
        this.createdAt = createdAt;
        this.readAt = readAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getClockId() {
        return clockId;
    }

    public String getThreshold() {
        return threshold;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getClockKind() {
        return clockKind;
    }

    public Instant getTargetAt() {
        return targetAt;
    }

    public Long getMailId() {
        return mailId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
