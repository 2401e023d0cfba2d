package org.safeguard.base.mail;

import java.time.Instant;

/** Where a queued mail stands: {@code state} PENDING, SENDING, SENT or FAILED. */
public record MailStatus(
        long id,
        String recipient,
        String state,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError) {}
