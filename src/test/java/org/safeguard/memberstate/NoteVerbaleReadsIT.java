package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.base.NotFoundException;
import org.safeguard.base.security.Role;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.safeguard.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The note verbale a focal point answers, as the portal and the reply page hand it out: to the
 * focal point of the national's Member State, audited; to another Member State's focal point, not
 * at all (not found, through the service the portal's links read from and through the API), and
 * such a refusal reads nothing into the trail.
 */
@SafeguardIntegrationTest
class NoteVerbaleReadsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    NotesVerbales notes;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_nationals_focal_point_reads_the_pdf_and_the_read_is_audited() {
        EngagementFixture waiting =
                EngagementFixture.Engine.of(new Api(port), context).awaitingReply("CA");
        String number = noteOf(waiting);

        try (SignedIn focal = SignedIn.as(contexts, "focal-ca", Role.FOCAL_POINT)) {
            byte[] pdf = notes.pdf(number);
            assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
        assertThat(reads(waiting)).containsExactly("focal-ca " + number + " engagement:" + waiting.engagementId());
    }

    @Test
    void a_focal_point_of_another_member_state_is_refused_as_not_found_and_nothing_is_read() {
        EngagementFixture waiting =
                EngagementFixture.Engine.of(new Api(port), context).awaitingReply("CA");
        String number = noteOf(waiting);

        try (SignedIn other = SignedIn.as(contexts, "focal-uy", Role.FOCAL_POINT)) {
            assertThatThrownBy(() -> notes.pdf(number)).isInstanceOf(NotFoundException.class);
        }
        var response = new Api(port).get("focal-uy", "/api/notes-verbales/" + number + ".pdf");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("%PDF");
        assertThat(reads(waiting)).isEmpty();
    }

    private String noteOf(EngagementFixture waiting) {
        try (SignedIn manager = SignedIn.as(contexts, "manager", Role.MANAGER)) {
            return notes.ofEngagements(List.of(waiting.engagementId())).get(0).number();
        }
    }

    private List<String> reads(EngagementFixture waiting) {
        return jdbc.queryForList(
                "SELECT CONCAT(actor, ' ', detail, ' ', target) FROM audit_event"
                        + " WHERE action = 'NOTE_VERBALE_READ' AND case_reference = ?",
                String.class,
                waiting.caseReference());
    }
}
