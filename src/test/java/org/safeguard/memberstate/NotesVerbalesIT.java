package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.base.mail.internal.OutboxSender;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.Intake;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A Canadian military contingent case walks the engagement ladder: the note verbale and the
 * reminder each become a numbered French PDF (Canada writes in French), stored with the case,
 * queued for the mission and the focal point, downloadable by those who see the case only, and
 * free of victim data.
 */
@SafeguardIntegrationTest
class NotesVerbalesIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String VICTIM_NAME = "Zoraida Quintanilla-Vexley";
    static final String VICTIM_CONTACT = "+236 75 31 86 42";
    static final String NARRATIVE = "Narrative-Marker-4471";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberStateEngagements engagements;

    @Autowired
    NotesVerbales notes;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxSender sender;

    @Autowired
    SecurityContextHolderStrategy contexts;

    Api api;
    EngagementFixture.Engine engine;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        engine = EngagementFixture.Engine.of(api, context);
    }

    @Test
    void the_note_and_the_reminder_are_numbered_french_pdfs_stored_and_queued_for_mission_and_focal_point()
            throws IOException {
        String reference = caseAwaitingItsNoteVerbale();
        long engagementId = engine.sendNoteVerbale(reference, null);

        executeTimer(reference, "timer_reminder_due");

        List<NoteVerbale> issued = notes.ofEngagements(List.of(engagementId));
        assertThat(issued)
                .extracting(NoteVerbale::kind)
                .containsExactly(EngagementStepKind.NOTE_VERBALE_SENT, EngagementStepKind.REMINDER);
        assertThat(issued).allSatisfy(note -> {
            assertThat(note.number()).matches("SG/NV/\\d{4}/\\d{6}");
            assertThat(note.language()).isEqualTo("fr");
        });
        assertThat(issued.get(0).number()).isNotEqualTo(issued.get(1).number());
        assertThat(engagements.history(engagementId))
                .anySatisfy(step -> assertThat(issued.get(0).isFor(step)).isTrue());

        String first;
        String reminder;
        try (var signedIn = SignedIn.as(contexts, "intake", Role.INTAKE)) {
            first = textOf(notes.pdf(issued.get(0).number()));
            reminder = textOf(notes.pdf(issued.get(1).number()));
        }
        assertThat(first)
                .contains(
                        issued.get(0).number(),
                        reference,
                        "Mission permanente du Canada",
                        "Contingent militaire",
                        "MINUSCA",
                        "Réponse souhaitée d’ici le");
        assertThat(reminder)
                .contains(
                        issued.get(1).number(),
                        "se référer à sa note verbale " + issued.get(0).number());
        for (String text : List.of(first, reminder)) {
            assertThat(text).doesNotContain(VICTIM_NAME, VICTIM_CONTACT, NARRATIVE, "Battalion 3");
        }

        List<Map<String, Object>> mails = jdbc.queryForList(
                "SELECT m.recipient, m.subject, m.body, m.status, a.filename FROM outbound_mail m"
                        + " JOIN outbound_mail_attachment a ON a.mail_id = m.id WHERE m.subject LIKE ?",
                "%" + issued.get(0).number() + "%");
        assertThat(mails)
                .extracting(row -> row.get("recipient"))
                .containsExactlyInAnyOrder(
                        "permanent-mission.ca@missions.example.org", "focal-ca@safeguard.example.org");
        assertThat(mails)
                .allSatisfy(row -> assertThat(row.toString())
                        .contains(issued.get(0).fileName(), "PENDING", reference)
                        .doesNotContain(VICTIM_NAME, VICTIM_CONTACT, NARRATIVE));
    }

    @Test
    void without_an_smtp_host_queued_mail_stays_pending() {
        String reference = caseAwaitingItsNoteVerbale();
        long engagementId = engine.sendNoteVerbale(reference, null);
        String number = notes.ofEngagements(List.of(engagementId)).get(0).number();

        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.queryForList(
                        "SELECT status, attempts FROM outbound_mail WHERE subject LIKE ?", "%" + number + "%"))
                .hasSize(2)
                .allSatisfy(row -> {
                    assertThat(row.get("status")).isEqualTo("PENDING");
                    assertThat(((Number) row.get("attempts")).intValue()).isZero();
                });
    }

    @Test
    void the_pdf_is_served_to_those_who_see_the_case_and_to_no_one_else() {
        String reference = caseAwaitingItsNoteVerbale();
        long engagementId = engine.sendNoteVerbale(reference, null);
        String path = "/api/notes-verbales/"
                + notes.ofEngagements(List.of(engagementId)).get(0).number() + ".pdf";

        for (String user : List.of("intake", "manager", "auditor", "focal-ca")) {
            HttpResponse<String> response = api.get(user, path);
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(user).hasValue("application/pdf");
            assertThat(response.body()).as(user).startsWith("%PDF");
        }
        for (String user : List.of("focal-uy", "owner", "intake-unmiss")) {
            assertThat(api.get(user, path).statusCode()).as(user).isEqualTo(404);
        }
        assertThat(api.get(null, path).statusCode()).isEqualTo(401);
        assertThat(api.get("intake", "/api/notes-verbales/SG/NV/2026/999999.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_process_owner_replaces_a_template_only_with_one_that_renders() throws Exception {
        assertThat(api.get("intake", "/api/note-verbale-templates/en").statusCode())
                .isEqualTo(403);
        assertThat(api.get("owner", "/api/note-verbale-templates/de").statusCode())
                .isEqualTo(404);
        var current = Api.json(api.get("owner", "/api/note-verbale-templates/en"));
        String body = current.get("body").asText();
        int version = current.get("version").asInt();

        var broken = api.send(
                "owner",
                "PUT",
                "/api/note-verbale-templates/en",
                JSON.writeValueAsString(Map.of("body", body.replace("</body>", ""))));
        var withoutNumber = api.send(
                "owner",
                "PUT",
                "/api/note-verbale-templates/en",
                JSON.writeValueAsString(Map.of("body", body.replace("{{number}}", "NUMBER"))));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("body", "well-formed");
        assertThat(withoutNumber.statusCode()).isEqualTo(400);
        assertThat(Api.json(api.get("owner", "/api/note-verbale-templates/en"))
                        .get("version")
                        .asInt())
                .isEqualTo(version);

        String edited = body.replace(
                "<div class=\"title\">NOTE VERBALE</div>",
                "<div class=\"title\">NOTE VERBALE</div><p>Edited by the process owner.</p>");
        var replaced = api.send(
                "owner", "PUT", "/api/note-verbale-templates/en", JSON.writeValueAsString(Map.of("body", edited)));
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(Api.json(replaced).get("version").asInt()).isEqualTo(version + 1);
        assertThat(Api.json(replaced).get("createdBy").asText()).isEqualTo("owner");

        String reference =
                new Intake(api).register(AllegationJson.anAllegation().subjectOf("UY"));
        engine.assessAsBreach(reference);
        long engagementId = engine.sendNoteVerbale(reference, null);
        NoteVerbale note = notes.ofEngagements(List.of(engagementId)).get(0);
        assertThat(note.language()).isEqualTo("en");
        assertThat(note.templateVersion()).isEqualTo(version + 1);
        try (var signedIn = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            assertThat(textOf(notes.pdf(note.number())))
                    .contains("Edited by the process owner.", "Permanent Mission of Uruguay");
        }
    }

    private String caseAwaitingItsNoteVerbale() {
        String reference = new Intake(api)
                .register(AllegationJson.anAllegation()
                        .victimName(VICTIM_NAME)
                        .victimContact(VICTIM_CONTACT)
                        .summary(NARRATIVE));
        engine.assessAsBreach(reference);
        return reference;
    }

    private void executeTimer(String reference, String activityId) {
        engine.runJobsOf(reference);
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .list()
                .forEach(instance -> management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .activityId(activityId)
                        .list()
                        .forEach(job -> management.executeJob(job.getId())));
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
