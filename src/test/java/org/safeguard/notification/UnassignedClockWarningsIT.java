package org.safeguard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeguard.admin.Account;
import org.safeguard.admin.Accounts;
import org.safeguard.base.mail.internal.OutboxSender;
import org.safeguard.base.security.Role;
import org.safeguard.sla.CaseClock;
import org.safeguard.sla.ClockKind;
import org.safeguard.sla.ClockState;
import org.safeguard.sla.SlaClockFilter;
import org.safeguard.sla.SlaClocks;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.CaseApi;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.MovableClock;
import org.safeguard.testsupport.MovingClocks;
import org.safeguard.testsupport.SubjectGroupFixture;
import org.safeguard.testsupport.WithGreenMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clock nobody is assigned to warns the members of its candidate group who may see the case, by
 * the task list's need-to-know rules: the conduct officers of the case's entity, not those of
 * another entity, not one whose nationality is the subjects' (a conflict of interest). A timer no
 * task carries (the Member State's reply) warns the group its binding names; the investigation's
 * target warns the investigators on the case's team. Each recipient gets
 * exactly one mail per threshold, in their language, with no victim data; at breach the managers
 * are told as well. Other tests' accounts share the database: only this test's are counted.
 */
class UnassignedClockWarningsIT extends WithGreenMail {

    static final Instant MONDAY = Instant.parse("2027-05-03T09:00:00Z");
    static final String VICTIM_NAME = "Ottoline Brackenbury";
    static final String VICTIM_CONTACT = "+236 72 18 44 06";
    static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MovableClock clock;

    @Autowired
    SlaNotifications notifications;

    @Autowired
    SlaClocks clocks;

    @Autowired
    OutboxSender sender;

    @Autowired
    Accounts accounts;

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
    void an_unassigned_task_clock_warns_each_candidate_who_sees_the_case_once_in_their_language() throws Exception {
        String frenchOfficer = account(Role.INTAKE, "MINUSCA", null, "fr");
        String englishOfficer = account(Role.INTAKE, "MINUSCA", null, null);
        String otherEntity = account(Role.INTAKE, "MONUSCO", null, null);
        String conflicted = account(Role.INTAKE, "MINUSCA", "CA", null);
        String manager = account(Role.MANAGER, null, null, null);
        String reference = registerTheVictimsCase();
        CaseClock assessmentClock = clock(reference, ClockKind.PRELIMINARY_ASSESSMENT);
        assertThat(assessmentClock.assignee()).isNull();

        time.moveTo(assessmentClock.warnings().get(0).plusSeconds(60));
        scanAndSendTwice();

        assertThat(mailsAbout(reference, frenchOfficer, "Évaluation préliminaire"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Échéance en risque"));
        assertThat(mailsAbout(reference, englishOfficer, "Preliminary assessment"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Deadline at risk"));
        assertThat(mailsAbout(reference, otherEntity, "Preliminary assessment"))
                .as("another entity's officer")
                .isEmpty();
        assertThat(mailsAbout(reference, conflicted, "Preliminary assessment"))
                .as("a conflicted officer")
                .isEmpty();
        assertThat(mailsAbout(reference, manager, "Preliminary assessment"))
                .as("managers hear of breaches only")
                .isEmpty();

        time.moveTo(assessmentClock.targetAt().plusSeconds(60));
        scanAndSendTwice();

        assertThat(mailsAbout(reference, frenchOfficer, "Évaluation préliminaire"))
                .hasSize(2)
                .last()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Échéance dépassée"));
        assertThat(mailsAbout(reference, englishOfficer, "Preliminary assessment"))
                .hasSize(2);
        assertThat(mailsAbout(reference, manager, "Preliminary assessment"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Deadline missed"));
        assertThat(mailsAbout(reference, otherEntity, "Preliminary assessment")).isEmpty();
        assertThat(mailsAbout(reference, conflicted, "Preliminary assessment")).isEmpty();
        assertThat(notificationsOf(assessmentClock, frenchOfficer, englishOfficer, otherEntity, conflicted, manager))
                .as("two officers: warning and breach; the manager: breach")
                .isEqualTo(5);
        assertNoVictimDataIn(frenchOfficer, englishOfficer, manager);
    }

    @Test
    void the_member_state_reply_clock_warns_the_conduct_officers_who_see_the_case_and_at_breach_the_managers()
            throws Exception {
        String officer = account(Role.INTAKE, "MINUSCA", null, "fr");
        String otherEntity = account(Role.INTAKE, "MONUSCO", null, null);
        String manager = account(Role.MANAGER, null, null, "fr");
        EngagementFixture engagement = EngagementFixture.Engine.of(api, context).awaitingReply("UY");
        String reference = engagement.caseReference();
        CaseClock reply = clock(reference, ClockKind.MEMBER_STATE_REPLY);
        assertThat(reply.assignee()).isNull();
        assertThat(reply.candidateGroup())
                .as("a timer has no task, so no candidate group")
                .isNull();

        time.moveTo(reply.warnings().get(0).plusSeconds(60));
        scanAndSendTwice();
        assertThat(mailsAbout(reference, officer, "Réponse de l’État Membre"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Échéance en risque"));
        assertThat(mailsAbout(reference, otherEntity, "Member State reply")).isEmpty();
        assertThat(mailsAbout(reference, manager, "Réponse de l’État Membre")).isEmpty();

        time.moveTo(reply.targetAt().plusSeconds(60));
        dueJobs.runFor(reference);
        assertThat(clock(reference, ClockKind.MEMBER_STATE_REPLY).state()).isEqualTo(ClockState.BREACHED);
        scanAndSendTwice();

        assertThat(mailsAbout(reference, officer, "Réponse de l’État Membre"))
                .hasSize(2)
                .last()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Échéance dépassée"));
        assertThat(mailsAbout(reference, manager, "Réponse de l’État Membre")).singleElement();
        assertThat(mailsAbout(reference, otherEntity, "Member State reply")).isEmpty();
        assertThat(notificationsOf(reply, officer, otherEntity, manager)).isEqualTo(3);
        assertNoVictimDataIn(officer, manager);
    }

    @Test
    void the_investigation_clock_warns_the_investigators_on_the_case_team_only() throws Exception {
        String onTeam = account(Role.INVESTIGATOR, null, null, "fr");
        String offTeam = account(Role.INVESTIGATOR, null, null, null);
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        String reference = group.caseReference();
        jdbc.update(
                "INSERT INTO case_team_member (case_id, username, added_by, added_at)"
                        + " SELECT id, ?, 'test', ? FROM case_file WHERE reference = ?",
                onTeam,
                Timestamp.from(clock.instant()),
                reference);
        runtime.startProcessInstanceByKey(
                "investigation",
                reference,
                Map.of(
                        "caseReference",
                        reference,
                        "subjectGroupId",
                        group.subjectGroupId(),
                        "investigatingBody",
                        "OVERSIGHT_OFFICE",
                        "victimConsentToShare",
                        false));
        dueJobs.runFor(reference);
        CaseClock target = clock(reference, ClockKind.INVESTIGATION);

        time.moveTo(target.warnings().get(0).plusSeconds(60));
        dueJobs.runFor(reference);
        scanAndSendTwice();

        assertThat(mailsAbout(reference, onTeam, "Échéance de l’enquête"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("[Safeguard] Échéance en risque"));
        assertThat(mailsAbout(reference, offTeam, "Investigation target"))
                .as("not on the team")
                .isEmpty();
        assertThat(notificationsOf(target, onTeam, offTeam)).isEqualTo(1);
    }

    private void assertNoVictimDataIn(String... usernames) throws Exception {
        String[] addresses =
                Arrays.stream(usernames).map(UnassignedClockWarningsIT::address).toArray(String[]::new);
        for (MimeMessage mail : receivedBy(addresses)) {
            assertThat(mail.getSubject() + plainText(mail)).doesNotContain(VICTIM_NAME, "Brackenbury", VICTIM_CONTACT);
        }
    }

    private long notificationsOf(CaseClock caseClock, String... recipients) {
        return recipients.length == 0
                ? 0
                : jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sla_notification WHERE clock_id = ?" + " AND recipient IN ("
                                + String.join(",", Collections.nCopies(recipients.length, "?")) + ")",
                        Long.class,
                        concat(caseClock.id(), recipients));
    }

    private static Object[] concat(String first, String... rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private void scanAndSendTwice() {
        notifications.scan();
        notifications.scan();
        sender.sendDue();
        sender.sendDue();
    }

    private String account(Role role, String entity, String nationality, String language) {
        String username = "uw-" + role.name().toLowerCase(Locale.ROOT) + "-" + ACCOUNTS.incrementAndGet() + "-"
                + Long.toString(System.nanoTime() % 100_000);
        accounts.create(
                new Account(username, "Warned " + username, nationality, entity, null, Set.of(role)), Api.PASSWORD);
        accounts.setEmail(username, address(username));
        if (language != null) {
            accounts.setPreferredLanguage(username, Locale.forLanguageTag(language));
        }
        return username;
    }

    private static String address(String username) {
        return username + "@safeguard.example.org";
    }

    private CaseClock clock(String reference, ClockKind kind) {
        List<CaseClock> found = clocks.query(new SlaClockFilter(null, kind, reference, null, null), 0, 10);
        assertThat(found).as(kind + " of " + reference).hasSize(1);
        return found.get(0);
    }

    /** The mails to {@code username} about this case's clock (named in the recipient's language), in the order received. */
    private static List<MimeMessage> mailsAbout(String reference, String username, String clockName) {
        return receivedBy(address(username)).stream()
                .filter(mail ->
                        subject(mail).contains(reference) && subject(mail).contains(clockName))
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
