package org.safeguard.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.testsupport.DueJobs;
import org.safeguard.testsupport.AllegationJson;
import org.safeguard.testsupport.Api;
import org.safeguard.testsupport.SafeguardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A military contingent case engages its Member State, and every step shows on the case with its date. */
@SafeguardIntegrationTest
class EngagementLadderOnTheCaseIT {

    @LocalServerPort
    int port;
    @Autowired
    CaseFiles cases;
    @Autowired
    PreliminaryAssessment assessment;
    @Autowired
    MemberStateEngagements engagements;
    @Autowired
    MemberStateResponses responses;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @Test
    void the_note_verbale_and_the_reply_are_recorded_and_shown_on_the_case() {
        Api api = new Api(port);
        String reference = Api.json(api.postCase("intake", AllegationJson.EXAMPLE)).get("reference").asText();
        assessment.complete(task(reference, "user_assess_allegation").getId(),
                List.of(new GroupAssessment(cases.subjectGroupIds(reference).get(0), true, null)));
        runJobsOf(reference);

        Task note = task(reference, "user_send_note_verbale");
        long engagementId = (Long) tasks.getVariable(note.getId(), "engagementId");
        engagements.noteVerbaleSent(note.getId(), engagementId, "NV/2026/001");
        responses.receive(engagementId, new MemberStateReply(ReplyKind.WILL_INVESTIGATE, Instant.now(),
                "Col. A. Officer", "officer@example.org"));

        JsonNode found = Api.json(api.get("intake", "/api/cases/" + reference));
        assertThat(found.get("status").asText()).isEqualTo("REFERRED_TO_MEMBER_STATE");
        JsonNode ladder = found.at("/engagements/0");
        assertThat(ladder.at("/engagement/nationality").asText()).isEqualTo("CA");
        assertThat(ladder.get("steps")).extracting(step -> step.get("kind").asText())
                .contains("NOTE_VERBALE_SENT", "REPLY_RECEIVED");
        assertThat(ladder.get("steps")).allSatisfy(step -> assertThat(step.get("occurredAt").asText()).isNotBlank());
        assertThat(task(reference, "user_record_national_finding")).isNotNull();
    }

    private Task task(String reference, String key) {
        runJobsOf(reference);
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
    }

    private void runJobsOf(String reference) {
        new DueJobs(runtime, management).runFor(reference);
    }

}
