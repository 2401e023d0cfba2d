package org.safeguard.base.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safeguard.base.mail.internal.OutboundMailMapper;
import org.safeguard.base.mail.internal.OutboundMailRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the caller's transaction: it is sent after, and only if, that transaction
 * commits. Any feature may call it (notes verbales, deadline notifications).
 */
@Service
public class Outbox {

    private final OutboundMailMapper mapper;
    private final Clock clock;

    Outbox(OutboundMailMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Queues one mail per recipient and answers their ids; refuses to run outside a transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> enqueue(OutgoingMail mail) {
        // Microseconds, as the column keeps them: H2 rounds nanoseconds up, which would put a new
        // mail a fraction of a microsecond in the future and not yet due.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return mail.recipients().stream()
                .map(recipient -> {
                    OutboundMailRow row = OutboundMailRow.pending(recipient, mail.subject(), mail.body(), now);
                    mapper.insert(row);
                    mail.attachments().forEach(attachment -> mapper.insertAttachment(row.getId(), attachment));
                    return row.getId();
                })
                .toList();
    }

    /** A mail's delivery state, for operators and tests. */
    @Transactional(readOnly = true)
    public MailStatus status(long id) {
        return mapper.findStatus(id);
    }
}
