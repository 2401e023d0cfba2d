package org.safeguard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.mail.MailSettings;
import org.safeguard.base.mail.internal.OutboxSender;
import org.safeguard.base.security.Role;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaClocks;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.MovingClocks;
import org.safeguard.testsupport.WithGreenMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real case's preliminary-assessment clock, assigned to a French-speaking conduct officer, moves
 * past its warning and then its target at the application's clock: each scan (run twice, as a
 * restart or a second instance would) notifies each recipient once, the assignee in French, the
 * manager at breach in English, with the case reference and never the victim's name or contact.
 * Two scans at once still notify once. With the SMTP server down, the notification's mail waits in the outbox and is sent exactly once
 * when the server is back.
 */
class SlaNotificationMailIT extends WithGreenMail {

    static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");
    static final String VICTIM_NAME = "Zephyrine Quillfeather";
    static final String VICTIM_CONTACT = "+236 75 31 94 28";
    static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SlaNotifications notifications;

    @Autowired
    SlaClocks clocks;

    @Autowired
    OutboxSender sender;

    @Autowired
    MailSettings mailSettings;

    @Autowired
    Accounts accounts;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    DueJobs dueJobs;
    CaseApi caseApi;

    @RegisterExtension
    final MovingClocks time = new MovingClocks();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        dueJobs = new DueJobs(runtime, management);
        caseApi = new CaseApi(api, dueJobs);
        time.moveTo(MONDAY);
    }

    @Test
    void each_threshold_mails_each_recipient_once_in_their_language_without_victim_data() throws Exception {
        String officer = account(Role.INTAKE, "fr");
        String manager = account(Role.MANAGER, null);
        String reference = registerTheVictimsCase();
        CaseClock assessment = assignedClock(reference, officer);

        time.moveTo(assessment.warnings().get(0).plusSeconds(60));
        notifications.scan();
        notifications.scan();
        sendTwice();

        assertThat(mailsAbout(reference, officer)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject())
                    .isEqualTo("[Safeguard] Échéance en risque : Évaluation préliminaire, dossier " + reference);
            assertThat(plainText(mail)).contains("est en risque", "http://localhost:8080/cases/" + reference);
        });
        assertThat(mailsAbout(reference, manager))
                .as("managers hear of breaches only")
                .isEmpty();

        time.moveTo(assessment.targetAt().plusSeconds(60));
        notifications.scan();
        notifications.scan();
        sendTwice();

        List<MimeMessage> officerMails = mailsAbout(reference, officer);
        assertThat(officerMails).hasSize(2);
        assertThat(officerMails.get(1).getSubject())
                .startsWith("[Safeguard] Échéance dépassée : Évaluation préliminaire");
        assertThat(mailsAbout(reference, manager)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject())
                    .isEqualTo("[Safeguard] Deadline missed: Preliminary assessment, case " + reference);
            assertThat(plainText(mail)).contains("was missed", reference);
        });
        for (MimeMessage mail : receivedBy(address(officer), address(manager))) {
            assertThat(mail.getSubject() + plainText(mail)).doesNotContain(VICTIM_NAME, "Quillfeather", VICTIM_CONTACT);
        }
        // Every manager who sees the case hears of the breach, and other tests make managers too:
        // count this test's two recipients.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sla_notification WHERE clock_id = ? AND recipient IN (?, ?)",
                        Long.class,
                        assessment.id(),
                        officer,
                        manager))
                .as("officer: warning and breach; manager: breach")
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sla_notification WHERE clock_id = ? AND recipient = 'manager'",
                        Long.class,
                        assessment.id()))
                .as("the demo manager: breach")
                .isEqualTo(1);
    }

    @Test
    void two_scans_at_once_notify_each_recipient_once() throws Exception {
        String officer = account(Role.INTAKE, null);
        String reference = registerTheVictimsCase();
        CaseClock assessment = assignedClock(reference, officer);
        time.moveTo(assessment.warnings().get(0).plusSeconds(60));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> scan :
                    instances.invokeAll(List.<Callable<Integer>>of(notifications::scan, notifications::scan))) {
                scan.get();
            }
        } finally {
            instances.shutdown();
        }
        sendTwice();

        assertThat(mailsAbout(reference, officer)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sla_notification WHERE clock_id = ?", Long.class, assessment.id()))
                .isEqualTo(1);
    }

    @Test
    void the_recipient_lists_their_notifications_newest_first_and_marks_them_read() {
        String officer = account(Role.INTAKE, null);
        String reference = registerTheVictimsCase();
        CaseClock assessment = assignedClock(reference, officer);
        time.moveTo(assessment.warnings().get(0).plusSeconds(60));
        notifications.scan();
        time.moveTo(assessment.targetAt().plusSeconds(60));
        notifications.scan();

        JsonNode page = Api.json(api.get(officer, "/api/notifications"));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("unread").asLong()).isEqualTo(2);
        assertThat(page.at("/notifications/0/threshold").asText()).isEqualTo("BREACH");
        assertThat(page.at("/notifications/0/caseReference").asText()).isEqualTo(reference);
        assertThat(page.at("/notifications/0/clock").asText()).isEqualTo("PRELIMINARY_ASSESSMENT");
        assertThat(page.at("/notifications/1/threshold").asText()).isEqualTo("WARNING_1");
        long id = page.at("/notifications/0/id").asLong();

        assertThat(api.send("intake", "POST", "/api/notifications/" + id + "/read", null)
                        .statusCode())
                .as("someone else's notification")
                .isEqualTo(404);
        assertThat(api.send(officer, "POST", "/api/notifications/" + id + "/read", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(api.send(officer, "POST", "/api/notifications/" + id + "/read", null)
                        .statusCode())
                .isEqualTo(204);
        JsonNode after = Api.json(api.get(officer, "/api/notifications?limit=1"));
        assertThat(after.get("unread").asLong()).isEqualTo(1);
        assertThat(after.get("notifications")).hasSize(1);
        assertThat(after.at("/notifications/0/readAt").isNull()).isFalse();
        assertThat(api.get(officer, "/api/notifications?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void while_the_smtp_server_is_down_the_notification_waits_and_is_sent_exactly_once_when_it_is_back()
            throws Exception {
        String officer = account(Role.INTAKE, null);
        String reference = registerTheVictimsCase();
        CaseClock assessment = assignedClock(reference, officer);
        time.moveTo(assessment.warnings().get(0).plusSeconds(60));

        smtp.stop();
        notifications.scan();
        sender.sendDue();
        notifications.scan();
        sender.sendDue();
        long mailId = jdbc.queryForObject(
                "SELECT mail_id FROM sla_notification WHERE clock_id = ? AND recipient = ?",
                Long.class,
                assessment.id(),
                officer);
        assertThat(jdbc.queryForObject("SELECT status FROM outbound_mail WHERE id = ?", String.class, mailId))
                .isEqualTo("PENDING");

        smtp.start();
        clock.advance(mailSettings.backoffAfter(1).plusSeconds(1));
        notifications.scan();
        sendTwice();
        clock.advance(Duration.ofHours(1));
        sendTwice();

        assertThat(mailsAbout(reference, officer))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Deadline at risk"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outbound_mail WHERE recipient = ?", Long.class, address(officer)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM outbound_mail WHERE id = ?", String.class, mailId))
                .isEqualTo("SENT");
    }

    /**
     * An account of no entity: an intake officer then sees no case, so the only clocks that reach them
     * are those assigned to them here (unassigned clocks warn every officer of the case's entity, and
     * other tests leave such clocks in the shared database).
     */
    private String account(Role role, String language) {
        String username = "nf-" + role.name().toLowerCase(Locale.ROOT) + "-" + ACCOUNTS.incrementAndGet() + "-"
                + Long.toString(System.nanoTime() % 100_000);
        accounts.create(new Account(username, "Notified " + username, null, null, null, Set.of(role)), Api.PASSWORD);
        accounts.setEmail(username, address(username));
        if (language != null) {
            accounts.setPreferredLanguage(username, Locale.forLanguageTag(language));
        }
        return username;
    }

    private static String address(String username) {
        return username + "@safeguard.example.org";
    }

    /** The case's preliminary-assessment clock, its task given to {@code assignee}. */
    private CaseClock assignedClock(String reference, String assignee) {
        CaseClock assessment = clocks.query(
                        new SlaClockFilter(null, ClockKind.PRELIMINARY_ASSESSMENT, reference, null, null), 0, 10)
                .get(0);
        tasks.setAssignee(assessment.id().substring(2), assignee);
        assertThat(assessment.warnings()).isNotEmpty();
        return assessment;
    }

    private void sendTwice() {
        sender.sendDue();
        sender.sendDue();
    }

    /**
     * The mails to {@code username} about the case's preliminary assessment, in the order received
     * (the case's other clocks, such as the victim's referral, breach too and mail the managers).
     */
    private static List<MimeMessage> mailsAbout(String reference, String username) {
        return receivedBy(address(username)).stream()
                .filter(mail -> subject(mail).contains(reference))
                .filter(mail -> subject(mail).contains("Preliminary assessment")
                        || subject(mail).contains("Évaluation préliminaire"))
                .toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case received now, of the victim whose name and contact no mail may show; its due jobs run. */
    private String registerTheVictimsCase() {
        return caseApi.register(AllegationJson.anAllegation()
                .receivedAt(clock.instant())
                .victimName(VICTIM_NAME)
                .victimContact(VICTIM_CONTACT));
    }
}
