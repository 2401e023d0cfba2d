package org.safeguard.base.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.safeguard.base.mail.MailAttachment;
import org.safeguard.base.mail.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due mail from the outbox. Each mail is claimed by an optimistic update (status and
 * sender's lease), so two instances never send the same row; the SMTP call runs outside any
 * transaction, and only a mail the server accepted is marked SENT, which no later round picks up.
 * A failure puts the mail back with a doubling delay; without an SMTP host nothing is attempted.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ERROR = 500;

    private final OutboundMailMapper mapper;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final String senderId = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean noHostReported = new AtomicBoolean();

    OutboxSender(OutboundMailMapper mapper, ObjectProvider<JavaMailSender> smtp, MailSettings settings, Clock clock) {
        this.mapper = mapper;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${safeguard.mail.poll-interval:30s}",
            initialDelayString = "${safeguard.mail.poll-interval:30s}")
    void onSchedule() {
        if (settings.senderEnabled()) {
            sendDue();
        }
    }

    /** Sends what is due now and answers how many mails the server accepted. */
    public int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            if (noHostReported.compareAndSet(false, true)) {
                log.warn("No SMTP host configured (spring.mail.host): outgoing mail stays queued");
            }
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (long id : mapper.findDue(now, settings.batchSize())) {
            if (mapper.claim(id, senderId, now, now.plus(settings.lease())) == 1) {
                sent += deliver(sender, mapper.findClaimed(id, senderId)) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean deliver(JavaMailSender sender, ClaimedMail mail) {
        try {
            sender.send(message(sender, mail));
        } catch (MailException | MessagingException e) {
            boolean giveUp = mail.attempts() >= settings.maxAttempts();
            Instant next =
                    clock.instant().plus(settings.backoffAfter(mail.attempts())).truncatedTo(ChronoUnit.MICROS);
            mapper.markFailed(mail.id(), senderId, giveUp ? "FAILED" : "PENDING", next, errorOf(e));
            log.warn(
                    "Mail {} not sent (attempt {}{}): {}",
                    mail.id(),
                    mail.attempts(),
                    giveUp ? ", given up" : "",
                    e.getMessage());
            return false;
        }
        mapper.markSent(mail.id(), senderId, clock.instant());
        return true;
    }

    private MimeMessage message(JavaMailSender sender, ClaimedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var attachments = mapper.findAttachments(mail.id());
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (MailAttachment attachment : attachments) {
            helper.addAttachment(
                    attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        return message;
    }

    private static String errorOf(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
