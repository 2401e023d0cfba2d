package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.EngagementFixture;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A military contingent case engages its Member State, and every step shows on the case with its date. */
@SafeguardIntegrationTest
class EngagementLadderOnTheCaseIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberStateResponses responses;

    @Test
    void the_note_verbale_and_the_reply_are_recorded_and_shown_on_the_case() {
        Api api = new Api(port);
        String reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE))
                .get("reference")
                .asText();
        EngagementFixture.Engine engine = EngagementFixture.Engine.of(api, context);
        engine.assessAsBreach(reference);
        engine.runJobsOf(reference);

        long engagementId = engine.sendNoteVerbale(reference, "NV/2026/001");
        responses.receive(
                engagementId,
                new MemberStateReply(
                        ReplyKind.WILL_INVESTIGATE, Instant.now(), "Col. A. Officer", "officer@example.org"));

        JsonNode found = Api.json(api.get("intake", "/api/cases/" + reference));
        assertThat(found.get("status").asText()).isEqualTo("REFERRED_TO_MEMBER_STATE");
        JsonNode ladder = found.at("/engagements/0");
        assertThat(ladder.at("/engagement/nationality").asText()).isEqualTo("CA");
        assertThat(ladder.get("steps"))
                .extracting(step -> step.get("kind").asText())
                .contains("NOTE_VERBALE_SENT", "REPLY_RECEIVED");
        assertThat(ladder.get("steps"))
                .allSatisfy(step -> assertThat(step.get("occurredAt").asText()).isNotBlank());
        assertThat(engine.task(reference, "user_record_national_finding")).isNotNull();
    }
}
