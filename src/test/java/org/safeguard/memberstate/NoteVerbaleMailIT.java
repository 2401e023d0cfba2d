package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.mail.internal.OutboxSender;
import org.safeguard.testsupport.SubjectGroupFixture;
import org.safeguard.testsupport.WithGreenMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reminder to a silent Member State reaches its permanent mission and its focal point by mail,
 * one mail each, in the state's language, with the note verbale's PDF attached and no victim data.
 */
class NoteVerbaleMailIT extends WithGreenMail {

    static final String MISSION = "permanent-mission.uy@missions.example.org";
    static final String FOCAL_POINT = "focal-uy@safeguard.example.org";

    @Autowired
    MemberStateEngagements engagements;

    @Autowired
    NotesVerbales notes;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_mission_and_the_focal_point_each_get_the_note_verbale_once_with_its_pdf() throws Exception {
        SubjectGroupFixture group = SubjectGroupFixture.insert(jdbc);
        long engagementId = engagements.open(
                new NewEngagement(group.caseReference(), group.subjectGroupId(), "UY", EngagementPurpose.NOTIFICATION));

        engagements.recordStep(engagementId, EngagementStepKind.REMINDER, null);
        sender.sendDue();
        sender.sendDue();

        NoteVerbale note = notes.ofEngagements(List.of(engagementId)).get(0);
        // Other tests' notes to Uruguay may wait in the outbox too: this note's mails only.
        List<MimeMessage> received = receivedBy(MISSION, FOCAL_POINT).stream()
                .filter(message -> subjectOf(message).contains(note.number()))
                .toList();
        assertThat(received)
                .hasSize(2)
                .extracting(message -> to(message).get(0))
                .containsExactlyInAnyOrder(MISSION, FOCAL_POINT);
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).contains(note.number(), group.caseReference());
            assertThat(plainText(message))
                    .contains("Please find attached note verbale " + note.number())
                    .doesNotContain("Bangui");
            Part pdf = attachment(message, note.fileName());
            assertThat(pdf).isNotNull();
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            String text = NotesVerbalesIT.textOf(pdf.getInputStream().readAllBytes());
            assertThat(text)
                    .contains(
                            note.number(),
                            group.caseReference(),
                            "Permanent Mission of Uruguay",
                            "no reply has yet been received",
                            "Military contingent");
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
