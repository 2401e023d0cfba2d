package org.safeguard.base.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safeguard.base.mail.MailAttachment;
import org.safeguard.base.mail.MailSettings;
import org.safeguard.base.mail.MailStatus;
import org.safeguard.base.mail.Outbox;
import org.safeguard.base.mail.OutgoingMail;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.WithGreenMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox over real SMTP: one mail per recipient, retried while the server is down, never sent twice. */
class OutboxSenderIT extends WithGreenMail {

    static final byte[] PDF = "%PDF-1.4 test".getBytes();

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboundMailMapper mapper;

    @Autowired
    ObjectProvider<JavaMailSender> javaMail;

    @Autowired
    MailSettings settings;

    @Autowired
    MovableClock clock;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void each_recipient_gets_one_mail_with_the_attachment() throws Exception {
        List<Long> ids = queue(new OutgoingMail(
                List.of("one@each.example.org", "two@each.example.org"),
                "Note verbale – été",
                "Corps du message",
                List.of(MailAttachment.pdf("note.pdf", PDF))));

        sender.sendDue();

        List<MimeMessage> received = receivedBy("one@each.example.org", "two@each.example.org");
        assertThat(received).hasSize(2).allSatisfy(message -> {
            assertThat(to(message)).hasSize(1);
            assertThat(message.getSubject()).isEqualTo("Note verbale – été");
        });
        assertThat(plainText(received.get(0))).contains("Corps du message");
        Part attachment = attachment(received.get(0), "note.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(ids).allSatisfy(id -> assertThat(outbox.status(id).state()).isEqualTo("SENT"));
    }

    @Test
    void while_the_server_is_down_the_mail_waits_and_once_it_is_up_it_is_sent_exactly_once() {
        smtp.stop();
        long id = queue(new OutgoingMail(List.of("retry@down.example.org"), "Retry", "Body", List.of()))
                .get(0);

        sender.sendDue();
        MailStatus failed = outbox.status(id);
        assertThat(failed.state()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(clock.instant());

        smtp.start();
        sender.sendDue();
        assertThat(outbox.status(id).attempts())
                .as("not due before its backoff")
                .isEqualTo(1);

        clock.advance(settings.backoffAfter(1).plusSeconds(1));
        sender.sendDue();
        clock.advance(Duration.ofDays(1));
        sender.sendDue();

        assertThat(receivedBy("retry@down.example.org")).hasSize(1);
        assertThat(outbox.status(id).state()).isEqualTo("SENT");
        assertThat(outbox.status(id).attempts()).isEqualTo(2);
    }

    @Test
    void two_senders_at_once_deliver_each_mail_once() {
        List<String> recipients = IntStream.range(0, 12)
                .mapToObj(i -> "r" + i + "@twice.example.org")
                .toList();
        queue(new OutgoingMail(recipients, "Once", "Body", List.of()));
        OutboxSender other = new OutboxSender(mapper, javaMail, settings, clock);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(other::sendDue);
        CompletableFuture.allOf(first, second).join();

        assertThat(receivedBy(recipients.toArray(String[]::new)))
                .hasSize(recipients.size())
                .extracting(message -> to(message).get(0))
                .doesNotHaveDuplicates();
    }

    @Test
    void mail_is_queued_only_inside_a_transaction() {
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail(List.of("nobody@example.org"), "S", "B", List.of())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private List<Long> queue(OutgoingMail mail) {
        return transaction.execute(status -> outbox.enqueue(mail));
    }
}
