package org.safeguard.testsupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with an SMTP server in the test JVM (GreenMail, restarted for each test on a
 * port of its own) and a movable clock; the outbox's sender is driven by the tests. Subclasses
 * share one application context.
 */
@SafeguardIntegrationTest
@Import(WithGreenMail.Clocks.class)
public abstract class WithGreenMail {

    /** Fixed for the JVM, so a test can stop and restart the server on the address the application knows. */
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration
    static class Clocks {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "3000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
        // Other tests' queued mail shares the database: one round takes it all.
        registry.add("safeguard.mail.batch-size", () -> "1000");
    }

    /** The messages the server received for these addresses, whatever else it received. */
    protected static List<MimeMessage> receivedBy(String... recipients) {
        List<String> wanted = Arrays.asList(recipients);
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> to(message).stream().anyMatch(wanted::contains))
                .toList();
    }

    protected static List<String> to(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text of a message or part, however deeply its multiparts nest it. */
    protected static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(plainText(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attachment of a message with that file name. */
    protected static Part attachment(Part part, String fileName) {
        try {
            if (fileName.equals(part.getFileName())) {
                return part;
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    Part found = attachment(multipart.getBodyPart(i), fileName);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A port free now and below the system's ephemeral range (32768 and up on Linux). The server is
     * down between tests: a port the system hands out for "any free port" (port 0) was, in a full
     * run, taken meanwhile by the web server of another test's application context, and every mail
     * test of the JVM then failed to start its server. Nothing is given a port below that range
     * unless it asks for it by number.
     */
    private static int freePort() {
        int start = 20_000 + new Random().nextInt(10_000);
        for (int i = 0; i < 10_000; i++) {
            int port = 20_000 + (start - 20_000 + i) % 10_000;
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("No free port between 20000 and 29999 for the test SMTP server");
    }
}
