package org.safeguard.base.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox ({@code safeguard.mail.*}); the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from          the sender address of every mail
 * @param senderEnabled whether the scheduled sender runs in this instance
 * @param pollInterval  how often the sender looks for due mail
 * @param batchSize     how many mails one round claims
 * @param retryDelay    the wait after the first failed attempt; it doubles with each further one
 * @param maxRetryDelay the longest wait between attempts
 * @param maxAttempts   after this many failed attempts a mail is given up (FAILED) for operators to see
 * @param lease         how long a claimed mail stays with its sender before another may take it over
 */
@ConfigurationProperties("safeguard.mail")
public record MailSettings(
        @DefaultValue("safeguard@localhost") String from,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("6h") Duration maxRetryDelay,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("5m") Duration lease) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones (1, 2, 4 … times the delay). */
    public Duration backoffAfter(int attempts) {
        Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
