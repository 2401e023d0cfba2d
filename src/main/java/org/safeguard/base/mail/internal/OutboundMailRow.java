package org.safeguard.base.mail.internal;

import java.time.Instant;

/** A queued mail as written; a class, not a record, so MyBatis can hand it the generated id. */
public class OutboundMailRow {

    private Long id;
    private final String recipient;
    private final String subject;
    private final String body;
    private final Instant createdAt;

    private OutboundMailRow(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public static OutboundMailRow pending(String recipient, String subject, String body, Instant createdAt) {
        return new OutboundMailRow(recipient, subject, body, createdAt);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
