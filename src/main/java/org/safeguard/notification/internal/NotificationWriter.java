package org.safeguard.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.safeguard.admin.Accounts;
import org.safeguard.base.i18n.Languages;
import org.safeguard.base.mail.Outbox;
import org.safeguard.notification.NotificationSettings;
import org.safeguard.notification.Threshold;
import org.safeguard.sla.CaseClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one notification and queues its mail in one transaction of its own: either both are
 * written or neither, and a second attempt finds the row (or fails on its unique key) and sends
 * nothing. One recipient's failure leaves the others' notifications alone.
 */
@Component
public class NotificationWriter {

    private final NotificationMapper mapper;
    private final Accounts accounts;
    private final Outbox outbox;
    private final NotificationSettings settings;
    private final Clock clock;

    NotificationWriter(
            NotificationMapper mapper, Accounts accounts, Outbox outbox, NotificationSettings settings, Clock clock) {
        this.mapper = mapper;
        this.accounts = accounts;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Answers whether the notification is new; a recipient without an address gets the bell only. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean notifyOnce(CaseClock caseClock, Threshold threshold, String recipient) {
        if (mapper.exists(caseClock.id(), threshold.code(), recipient)) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        NotificationRow row = new NotificationRow(
                null,
                caseClock.id(),
                threshold.code(),
                recipient,
                caseClock.caseReference(),
                caseClock.kind().name(),
                caseClock.targetAt(),
                null,
                now,
                null);
        mapper.insert(row);
        accounts.email(recipient).ifPresent(address -> {
            Locale language = accounts.preferredLanguage(recipient).orElse(Languages.ENGLISH);
            List<Long> ids = outbox.enqueue(NotificationMail.to(
                    address, language, caseClock, threshold, settings.caseLink(caseClock.caseReference())));
            mapper.setMail(row.getId(), ids.get(0));
        });
        return true;
    }
}
