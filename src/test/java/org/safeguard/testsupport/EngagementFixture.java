package org.safeguard.testsupport;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safeguard.casefile.CaseFiles;
import org.safeguard.casefile.GroupAssessment;
import org.safeguard.casefile.PreliminaryAssessment;
import org.safeguard.memberstate.MemberStateEngagements;

/**
 * A case whose subject group of {@code nationality} (military contingent) was assessed, routed to
 * its Member State and notified: the engagement waits for the reply under its ladder. The job
 * executor is off in the tests' context, so the case's due jobs are run here as it would run them.
 */
public record EngagementFixture(String caseReference, long subjectGroupId, long engagementId) {

    public static final String WAITING_FOR_REPLY = "receive_member_state_response";

    /** Everything a fixture needs from the application context. */
    public record Engine(Api api, CaseFiles cases, PreliminaryAssessment assessment, MemberStateEngagements engagements,
                         TaskService tasks, RuntimeService runtime, ManagementService management) {

        public EngagementFixture awaitingReply(String nationality) {
            String body = AllegationJson.anAllegation().with("subjects[0].nationality", nationality).json();
            String reference = Api.json(api.postCase("intake", body)).get("reference").asText();
            long groupId = cases.subjectGroupIds(reference).get(0);
            assessment.complete(task(reference, "user_assess_allegation").getId(),
                    List.of(new GroupAssessment(groupId, true, null)));
            Task note = task(reference, "user_send_note_verbale");
            long engagementId = (Long) tasks.getVariable(note.getId(), "engagementId");
            engagements.noteVerbaleSent(note.getId(), engagementId, "NV/2026/" + engagementId);
            runJobsOf(reference);
            return new EngagementFixture(reference, groupId, engagementId);
        }

        public Task task(String reference, String key) {
            runJobsOf(reference);
            return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
        }

        /** The activities where the case's instances wait now, after running their due jobs. */
        public List<String> waitingAt(String reference) {
            runJobsOf(reference);
            return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                    .flatMap(instance -> runtime.getActiveActivityIds(instance.getId()).stream()).toList();
        }

        public void runJobsOf(String reference) {
            new DueJobs(runtime, management).runFor(reference);
        }

    }
}
